package io.atrium.collection.api;

import io.atrium.collection.ExportScope;
import io.atrium.collection.Exports;
import io.atrium.shared.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The accounting exports (invoices:read), streamed: the caller and the period are checked before
 * the first byte, so a refusal is a problem+json answer; headers of the CSV files are in the
 * language of Accept-Language.
 */
@Path("/exports")
@Tag(name = "Accounting exports")
public class ExportsResource {

  @Inject Exports exports;

  @Context HttpHeaders headers;

  @GET
  @Path("/invoices.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "Issued invoices and credit notes of the period, as CSV")
  @APIResponse(responseCode = "200", description = "The CSV file")
  @APIResponse(responseCode = "400", description = "Unreadable or invalid dates, in errors")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public Response invoices(
      @Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
      @Parameter(description = "last day, inclusive") @QueryParam("to") String to,
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre) {
    ExportScope scope = exports.scope(from, to, centre, false);
    Locale language = Problems.locale(headers.getAcceptableLanguages());
    return file(
        out -> exports.invoices(scope, language, out), "text/csv; charset=UTF-8", "invoices.csv");
  }

  @GET
  @Path("/payments.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "Payments received in the period, as CSV")
  @APIResponse(responseCode = "200", description = "The CSV file")
  @APIResponse(responseCode = "400", description = "Unreadable or invalid dates, in errors")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public Response payments(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("centre") Long centre) {
    ExportScope scope = exports.scope(from, to, centre, false);
    Locale language = Problems.locale(headers.getAcceptableLanguages());
    return file(
        out -> exports.payments(scope, language, out), "text/csv; charset=UTF-8", "payments.csv");
  }

  @GET
  @Path("/fec.txt")
  @Produces({"text/plain", MediaType.APPLICATION_JSON})
  @Operation(summary = "The French FEC of the period (ISO-8859-15, pipe-separated)")
  @APIResponse(responseCode = "200", description = "The FEC, named <SIREN>FEC<yyyyMMdd>.txt")
  @APIResponse(responseCode = "400", description = "Unreadable or invalid dates, in errors")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public Response fec(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("centre") Long centre) {
    ExportScope scope = exports.scope(from, to, centre, false);
    return file(
        out -> exports.fec(scope, out),
        "text/plain; charset=ISO-8859-15",
        exports.fecFileName(scope));
  }

  @GET
  @Path("/gstr1.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A GSTR-1-shaped summary of one Indian centre's GSTIN for the period")
  @APIResponse(responseCode = "200", description = "b2b by buyer GSTIN, b2cs, cdnr")
  @APIResponse(responseCode = "400", description = "Dates invalid, or no Indian centre given")
  @APIResponse(responseCode = "404", description = "A centre the caller cannot see")
  public Response gstr1(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("centre") Long centre) {
    ExportScope scope = exports.scope(from, to, centre, true);
    return file(out -> exports.gstr1(scope, out), MediaType.APPLICATION_JSON, "gstr1.json");
  }

  private static Response file(StreamingOutput body, String type, String name) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}

package io.atrium.invoicing.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents of an issued invoice or credit note: {@code pdf} (PDF/A-3; a French operator's is
 * its Factur-X), {@code facturx} (French operators) and {@code einvoice} (GST INV-01 JSON of an
 * Indian B2B document). The class's path names the three documents, so that it never matches the
 * other {@code /invoices/{id}…} paths (the invoices resource's): JAX-RS picks one root class per
 * request, the one whose path matches with the most literal characters.
 */
@Path("/invoices/{id}/{document: pdf|facturx|einvoice}")
@Tag(name = "Invoice documents")
public class InvoiceDocumentsResource {

  private static final String PDF = "application/pdf";

  @Inject InvoiceDocuments documents;

  @GET
  @Produces({PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "A document of an issued invoice: pdf (PDF/A-3, Factur-X for French operators),"
              + " facturx (French operators), einvoice (GST e-invoice JSON, Indian B2B documents)")
  @APIResponse(responseCode = "200", description = "The PDF as an attachment, or the JSON")
  @APIResponse(responseCode = "404", description = "No such issued document for this caller")
  @APIResponse(
      responseCode = "409",
      description = "A draft, or a document this invoice does not have (B2C e-invoice…)")
  public Response document(
      @PathParam("id") long id,
      @Parameter(
              description = "pdf, facturx or einvoice",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"pdf", "facturx", "einvoice"}))
          @PathParam("document")
          String document) {
    if ("einvoice".equals(document)) {
      return Response.ok(documents.eInvoiceFor(id).toString(), MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    InvoiceDocuments.File file =
        "facturx".equals(document) ? documents.facturXFor(id) : documents.pdfFor(id);
    return Response.ok(file.content(), PDF)
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .header("Content-Length", file.content().length)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}

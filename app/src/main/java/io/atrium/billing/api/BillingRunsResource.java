package io.atrium.billing.api;

import io.atrium.billing.BillingRuns;
import io.atrium.shared.InvalidFieldsException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Billing runs of the caller's centres: start one (invoices:create), follow it (invoices:read),
 * resume one whose server died. A run of another tenant or centre answers 404.
 */
@Path("/billing-runs")
@Tag(name = "Billing runs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BillingRunsResource {

  @Inject BillingRuns runs;

  @POST
  @Operation(summary = "Starts the run of a centre's month; it goes on in the background")
  @APIResponse(responseCode = "202", description = "Started; follow it at its address")
  @APIResponse(responseCode = "409", description = "A run of the centre is already running")
  public Response start(@Valid RunRequest request) {
    if (request == null) {
      throw new BadRequestException();
    }
    LocalDate issueDate;
    try {
      issueDate =
          request.issueDate() == null || request.issueDate().isBlank()
              ? null
              : LocalDate.parse(request.issueDate().strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of("issueDate", "billing.issueDate.unreadable");
    }
    var run = runs.start(request.centreId(), month(request), issueDate);
    return Response.accepted(RunSummary.of(run)).build();
  }

  @POST
  @Path("/preview")
  @Operation(
      summary = "What the run of a centre's month would make; writes nothing (invoices:read)")
  public PreviewSummary preview(@Valid RunRequest request) {
    if (request == null) {
      throw new BadRequestException();
    }
    return PreviewSummary.of(runs.preview(request.centreId(), month(request)));
  }

  private static YearMonth month(RunRequest request) {
    try {
      return request.month() == null ? null : YearMonth.parse(request.month().strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of("month", "billing.month.required");
    }
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A run's progress and outcome")
  @APIResponse(responseCode = "404", description = "No such run for this caller")
  public RunSummary get(@PathParam("id") long id) {
    return RunSummary.of(runs.get(id));
  }

  @POST
  @Path("/{id}/resume")
  @Operation(summary = "Resumes a run whose server died or that failed, from its cursor")
  @APIResponse(responseCode = "409", description = "Complete, or still held by a live server")
  public RunSummary resume(@PathParam("id") long id) {
    return RunSummary.of(runs.resume(id));
  }
}

package io.atrium.invoicing.api;

import io.atrium.invoicing.ChainChecks;
import io.atrium.invoicing.LifecycleStatus;
import io.atrium.invoicing.Lifecycles;
import io.atrium.invoicing.PeriodClosing;
import io.atrium.invoicing.PeriodClosings;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What keeps the documents trustworthy: verifying the footprint chains, closing periods with their
 * archive, and the e-invoice life cycle of each document.
 */
@Path("/invoices")
@Tag(name = "Invoices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceChecksResource {

  @Inject ChainChecks chains;

  @Inject PeriodClosings closings;

  @Inject Lifecycles lifecycles;

  @POST
  @Path("/verify")
  @Operation(summary = "Verifies every series' footprint chain; names the first broken link")
  public VerifyView verify() {
    return VerifyView.of(chains.verifyAll());
  }

  @GET
  @Path("/closings")
  @Operation(summary = "Closed periods, newest first (invoices:read)")
  public List<PeriodClosings.Summary> closings() {
    return closings.list();
  }

  @POST
  @Path("/closings")
  @Operation(summary = "Closes a month or a financial year (invoices:approve)")
  @APIResponse(responseCode = "201", description = "Closed, with its archive")
  @APIResponse(responseCode = "409", description = "A footprint fails, or the period is not over")
  public Response close(@Valid ClosingForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    PeriodClosing closed =
        closings.close(
            InvoicesResource.named(PeriodClosing.Kind.class, form.kind(), "kind"),
            form.year(),
            form.month());
    return Response.status(Response.Status.CREATED)
        .entity(closings.list().stream().filter(c -> c.id() == closed.getId()).findFirst().get())
        .build();
  }

  @GET
  @Path("/closings/{id}/archive")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @Operation(summary = "The archive of a closed period: CSV files and SHA256SUMS in a ZIP")
  @APIResponse(responseCode = "404", description = "No such closing")
  public Response archive(@PathParam("id") long id) {
    PeriodClosings.Archive archive = closings.archive(id);
    return Response.ok(archive.zip(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
        .build();
  }

  @GET
  @Path("/{id}/lifecycle")
  @Operation(summary = "The e-invoice life cycle of a document, in order (invoices:read)")
  public List<LifecycleView> lifecycle(@PathParam("id") long id) {
    return lifecycles.of(id).stream().map(LifecycleView::of).toList();
  }

  @POST
  @Path("/{id}/lifecycle")
  @Operation(summary = "Records a status the platform shows for a document (invoices:edit)")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public Response record(@PathParam("id") long id, @Valid LifecycleForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    Map<String, String> unreadable = new HashMap<>();
    var day = ApiValues.day(form.date(), "date", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    var recorded =
        lifecycles.record(
            id,
            InvoicesResource.named(LifecycleStatus.class, form.status(), "status"),
            day,
            form.reference(),
            form.note());
    return Response.status(Response.Status.CREATED).entity(LifecycleView.of(recorded)).build();
  }
}

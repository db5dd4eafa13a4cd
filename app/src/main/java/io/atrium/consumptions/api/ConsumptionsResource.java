package io.atrium.consumptions.api;

import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionInvoicing;
import io.atrium.consumptions.ConsumptionSearch;
import io.atrium.consumptions.Consumptions;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.shared.api.QueryFlags;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Consumptions of the caller's centres (invoices:read to list, invoices:create to add, change,
 * remove and bill). Any other consumption, or an id of another tenant in a body, answers 404 or a
 * field error, and nothing is written.
 */
@Path("/consumptions")
@Tag(name = "Consumptions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConsumptionsResource {

  @Inject Consumptions consumptions;

  @Inject ConsumptionInvoicing invoicing;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Consumptions, newest first, as filtered (invoices:read)")
  public Page<ConsumptionSummary> list(
      @QueryParam("centre") Long centre,
      @QueryParam("billed") String billed,
      @QueryParam("company") Long company,
      @QueryParam("member") Long member,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageRequest paging) {
    var search =
        new ConsumptionSearch(
            centre,
            QueryFlags.flag("billed", billed),
            company,
            member,
            day(from, "from"),
            day(to, "to"));
    return paging.of(
        consumptions.list(search, paging.offset(), paging.size()).stream()
            .map(ConsumptionSummary::of)
            .toList(),
        consumptions.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A consumption")
  @APIResponse(responseCode = "404", description = "No such consumption for this caller")
  public ConsumptionSummary get(@PathParam("id") long id) {
    return ConsumptionSummary.of(consumptions.get(id));
  }

  @POST
  @Operation(summary = "Adds a consumption (invoices:create)")
  @APIResponse(responseCode = "201", description = "Created; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public Response create(@Valid ConsumptionForm form) {
    Consumption created = consumptions.create(required(form).toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(ConsumptionSummary.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces an unbilled consumption's details (invoices:create)")
  @APIResponse(responseCode = "409", description = "Already billed")
  public ConsumptionSummary update(@PathParam("id") long id, @Valid ConsumptionForm form) {
    return ConsumptionSummary.of(consumptions.update(id, required(form).toDetails()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Removes an unbilled consumption (invoices:create)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "Already billed")
  public Response delete(@PathParam("id") long id) {
    consumptions.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/invoice")
  @Operation(
      summary =
          "Générer une facture: bills the given unbilled consumptions of one payer and centre on"
              + " one invoice, issued now (invoices:create)")
  @APIResponse(responseCode = "201", description = "The invoice issued")
  @APIResponse(responseCode = "409", description = "One of them is already billed")
  @APIResponse(responseCode = "422", description = "The buyer lacks a mandatory fact")
  public Response invoice(@Valid InvoiceRequest request) {
    if (request == null) {
      throw new BadRequestException();
    }
    return Response.status(201).entity(InvoiceMade.of(invoicing.invoice(request.ids()))).build();
  }

  private static ConsumptionForm required(ConsumptionForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }

  private static LocalDate day(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of(field, "consumption.date.unreadable");
    }
  }
}

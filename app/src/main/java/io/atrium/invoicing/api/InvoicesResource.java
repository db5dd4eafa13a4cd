package io.atrium.invoicing.api;

import io.atrium.invoicing.Corrections;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLines;
import io.atrium.invoicing.InvoiceSearch;
import io.atrium.invoicing.Invoices;
import io.atrium.invoicing.PaymentState;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
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
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invoices and credit notes. Staff with invoices rights list and read their centres' documents,
 * make manual drafts, edit their lines, issue them, and correct issued ones by credit note or
 * corrective invoice; a member lists and reads the issued documents of their company (company
 * documents right) or their own. Any other document answers 404.
 */
@Path("/invoices")
@Tag(name = "Invoices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

  @Inject Invoices invoices;

  @Inject InvoiceLines lines;

  @Inject Corrections corrections;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Documents, newest first: staff's as searched, a member's issued ones")
  public Page<InvoiceView> list(
      @Parameter(description = "a centre's id (staff)") @QueryParam("centre") Long centre,
      @Parameter(description = "a company's id (staff)") @QueryParam("company") Long company,
      @Parameter(description = "a member's id (staff)") @QueryParam("member") Long member,
      @Parameter(description = "INVOICE, DEPOSIT, CREDIT_NOTE or CORRECTIVE") @QueryParam("kind")
          String kind,
      @Parameter(description = "DRAFT or ISSUED (staff)") @QueryParam("status") String status,
      @Parameter(description = "UNPAID, PARTIALLY_PAID, PAID, OVERDUE, CREDITED or REPLACED")
          @QueryParam("payment")
          String payment,
      @Parameter(description = "first issue day, 2026-11-01") @QueryParam("from") String from,
      @Parameter(description = "last issue day, inclusive") @QueryParam("to") String to,
      @Parameter(description = "part of the number") @QueryParam("number") String number,
      @BeanParam PageRequest paging) {
    Map<String, String> unreadable = new HashMap<>();
    InvoiceSearch search =
        new InvoiceSearch(
            centre,
            company,
            member,
            named(Invoice.Kind.class, kind, "kind"),
            named(Invoice.Status.class, status, "status"),
            named(PaymentState.class, payment, "payment"),
            ApiValues.day(from, "from", unreadable),
            ApiValues.day(to, "to", unreadable),
            number != null && number.length() > 35 ? number.substring(0, 35) : number);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    var found = invoices.list(search, paging.offset(), paging.size());
    return paging.of(
        found.stream().map(l -> InvoiceView.of(l, false)).toList(), invoices.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A document with its lines, what is paid and due, and its payment state")
  @APIResponse(responseCode = "200", description = "The document")
  @APIResponse(responseCode = "404", description = "No such document for this caller")
  public InvoiceView get(@PathParam("id") long id) {
    return InvoiceView.of(invoices.get(id), true);
  }

  @POST
  @Operation(summary = "Creates an empty manual invoice (invoices:create)")
  @APIResponse(responseCode = "201", description = "Created; Location names the draft")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public Response create(@Valid DraftForm form) {
    DraftForm f = required(form);
    Invoice draft = invoices.createDraft(f.centreId(), f.companyId(), f.memberId());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(draft.getId()))
        .entity(get(draft.getId()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Deletes a draft (invoices:delete)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "The document is issued")
  public Response delete(@PathParam("id") long id) {
    invoices.deleteDraft(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/lines")
  @Operation(summary = "Adds a line to a draft (invoices:edit)")
  @APIResponse(responseCode = "201", description = "The draft with its new line")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "The document is issued")
  public Response addLine(@PathParam("id") long id, @Valid LineForm form) {
    lines.add(id, required(form).toInput());
    return Response.status(Response.Status.CREATED).entity(get(id)).build();
  }

  @PUT
  @Path("/{id}/lines/{line}")
  @Operation(summary = "Replaces a line of a draft, in its place (invoices:edit)")
  @APIResponse(responseCode = "200", description = "The draft")
  @APIResponse(responseCode = "404", description = "No such document or line")
  public InvoiceView replaceLine(
      @PathParam("id") long id, @PathParam("line") long line, @Valid LineForm form) {
    lines.replace(id, line, required(form).toInput());
    return get(id);
  }

  @DELETE
  @Path("/{id}/lines/{line}")
  @Operation(summary = "Removes a line of a draft (invoices:edit)")
  @APIResponse(responseCode = "200", description = "The draft")
  @APIResponse(responseCode = "404", description = "No such document or line")
  public InvoiceView removeLine(@PathParam("id") long id, @PathParam("line") long line) {
    lines.remove(id, line);
    return get(id);
  }

  @POST
  @Path("/{id}/issue")
  @Operation(summary = "Issues a draft: its number, date and footprint (invoices:create)")
  @APIResponse(responseCode = "200", description = "The issued document")
  @APIResponse(responseCode = "409", description = "Already issued, or refused by its series")
  @APIResponse(responseCode = "422", description = "A mandatory fact is missing, named")
  public InvoiceView issue(@PathParam("id") long id, @Valid IssueForm form) {
    Map<String, String> unreadable = new HashMap<>();
    var day = ApiValues.day(required(form).issueDate(), "issueDate", unreadable);
    if (day == null && unreadable.isEmpty()) {
      unreadable.put("issueDate", "invoice.required");
    }
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    invoices.issue(id, day);
    return get(id);
  }

  @POST
  @Path("/{id}/credit-notes")
  @Operation(
      summary = "Issues a credit note for all or part of an issued invoice (invoices:create)")
  @APIResponse(responseCode = "201", description = "The credit note, issued")
  @APIResponse(responseCode = "409", description = "More than what remains un-credited")
  public Response creditNote(@PathParam("id") long id, @Valid CreditNoteForm form) {
    Invoice note = corrections.creditNote(id, required(form).toLines());
    return Response.created(uri.getBaseUriBuilder().path("invoices/{id}").build(note.getId()))
        .entity(get(note.getId()))
        .build();
  }

  @POST
  @Path("/{id}/corrective")
  @Operation(summary = "Makes the corrective invoice that cancels and replaces one (once)")
  @APIResponse(responseCode = "201", description = "The corrective draft, with the lines")
  @APIResponse(responseCode = "409", description = "Already replaced, or not issued")
  public Response corrective(@PathParam("id") long id) {
    Invoice draft = corrections.corrective(id);
    return Response.created(uri.getBaseUriBuilder().path("invoices/{id}").build(draft.getId()))
        .entity(get(draft.getId()))
        .build();
  }

  @POST
  @Path("/{id}/send")
  @Operation(summary = "Sends an issued document to its buyer again (invoices:create)")
  @APIResponse(responseCode = "204", description = "Queued")
  @APIResponse(responseCode = "409", description = "The buyer has no e-mail address")
  public Response send(@PathParam("id") long id) {
    if (!invoices.sendAgain(id)) {
      throw new InvalidFieldsException(Map.of("email", "invoice.send.noAddress"));
    }
    return Response.noContent().build();
  }

  static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    throw InvalidFieldsException.of(field, "invoice.field.unknown");
  }

  private static <T> T required(T form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }
}

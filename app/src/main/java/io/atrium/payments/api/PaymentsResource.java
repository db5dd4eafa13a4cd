package io.atrium.payments.api;

import io.atrium.payments.Balance;
import io.atrium.payments.Balances;
import io.atrium.payments.Payment;
import io.atrium.payments.PaymentList;
import io.atrium.payments.PaymentSearch;
import io.atrium.payments.Payments;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payments received, for staff with payments rights in their centres: the list, one payment with
 * its allocations, recording one (with an Idempotency-Key, a retry never records twice), applying a
 * payment's credit, and outstanding balances for those whose role may see them.
 */
@Path("/payments")
@Tag(name = "Payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  @Inject Payments payments;

  @Inject PaymentList list;

  @Inject Balances balances;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Payments of the caller's centres, newest first (payments:read)")
  public Page<PaymentView> list(
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre,
      @Parameter(description = "a company's id") @QueryParam("company") Long company,
      @Parameter(description = "an on-demand member's id") @QueryParam("member") Long member,
      @Parameter(description = "TRANSFER, CHEQUE, CASH, CARD or SEPA") @QueryParam("method")
          String method,
      @Parameter(description = "first day received, 2026-11-01") @QueryParam("from") String from,
      @Parameter(description = "last day received, inclusive") @QueryParam("to") String to,
      @BeanParam PageRequest paging) {
    var search =
        new PaymentSearch(
            centre, company, member, method(method), day(from, "from"), day(to, "to"));
    List<Payment> found = list.list(search, paging.offset(), paging.size());
    var credits = list.credits(found);
    return paging.of(
        found.stream().map(p -> PaymentView.of(p, null, credits.get(p.getId()))).toList(),
        list.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A payment with its allocations and remaining credit (payments:read)")
  @APIResponse(responseCode = "404", description = "No such payment in the caller's centres")
  public PaymentView get(@PathParam("id") long id) {
    return view(payments.get(id));
  }

  @POST
  @Operation(
      summary =
          "Records a payment and allocates it (payments:create); the rest is the payer's credit."
              + " The same Idempotency-Key with the same body answers the first payment again")
  @APIResponse(responseCode = "201", description = "Recorded; Location names the payment")
  @APIResponse(responseCode = "200", description = "Already recorded with this Idempotency-Key")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A payer or invoice the caller cannot see")
  @APIResponse(responseCode = "409", description = "More than an invoice's due, or closed period")
  @APIResponse(responseCode = "422", description = "Idempotency-Key used for another payment")
  public Response record(
      @Parameter(description = "a key of the client's, up to 100 characters")
          @HeaderParam("Idempotency-Key")
          String key,
      @Valid PaymentForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    Payments.Recorded recorded = payments.record(form.toPayment(key));
    PaymentView view = view(recorded.detail());
    if (recorded.replayed()) {
      return Response.ok(view).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(view.id()))
        .entity(view)
        .build();
  }

  @POST
  @Path("/{id}/allocations")
  @Operation(summary = "Applies the payment's credit to other issued invoices (payments:create)")
  @APIResponse(responseCode = "200", description = "The payment with its new allocations")
  @APIResponse(responseCode = "409", description = "More than the credit or an invoice's due")
  public PaymentView allocate(@PathParam("id") long id, @Valid CreditForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return view(payments.applyCredit(id, AllocationForm.shares(form.allocations())));
  }

  @GET
  @Path("/balances")
  @Operation(
      summary =
          "Outstanding balance of a company or an on-demand member, per currency: staff whose"
              + " role may see balances; a company's members with the company-documents right")
  @APIResponse(responseCode = "403", description = "The caller may not see balances")
  @APIResponse(responseCode = "404", description = "No such company or member for the caller")
  public List<BalanceView> balances(
      @QueryParam("company") Long company, @QueryParam("member") Long member) {
    if ((company == null) == (member == null)) {
      throw new InvalidFieldsException(Map.of("company", "payment.field.balance-of"));
    }
    List<Balance> found = company != null ? balances.ofCompany(company) : balances.ofMember(member);
    return found.stream().map(BalanceView::of).toList();
  }

  private static PaymentView view(Payments.Detail detail) {
    return PaymentView.of(detail.payment(), detail.allocations(), detail.credit());
  }

  private static Payment.Method method(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Payment.Method.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of("method", "payment.field.method");
    }
  }

  private static LocalDate day(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of(field, "payment.field.day");
    }
  }
}

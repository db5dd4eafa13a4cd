package io.atrium.payments.api;

import io.atrium.payments.PaymentIntent;
import io.atrium.payments.PaymentIntents;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Pay" from the client space, for the mobile app: pays an invoice by card through the gateway. A
 * company's members need the company-documents right; an on-demand member pays their own invoices.
 */
@Path("/payments/intents")
@Tag(name = "Payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentIntentsResource {

  @Inject PaymentIntents intents;

  /** An intent as the app sees it: the gateway's answer, and the amount charged. */
  public record IntentView(
      long id, long invoiceId, String status, BigDecimal amount, String currency, String gateway) {
    static IntentView of(PaymentIntent i) {
      return new IntentView(
          i.getId(),
          i.getInvoiceId(),
          i.getStatus().name(),
          i.getAmount(),
          i.getCurrency(),
          i.getGateway());
    }
  }

  @POST
  @Operation(
      summary =
          "Pays what is due on an invoice by card (Idempotency-Key required: the same key answers"
              + " the first attempt again, never charging twice)")
  @APIResponse(responseCode = "201", description = "The charge: SUCCEEDED, PENDING or FAILED")
  @APIResponse(responseCode = "200", description = "Already asked with this Idempotency-Key")
  @APIResponse(responseCode = "404", description = "No such invoice the member may pay")
  @APIResponse(responseCode = "409", description = "Nothing is due on the invoice")
  public Response pay(@HeaderParam("Idempotency-Key") String key, @Valid IntentForm form) {
    if (form == null || form.invoiceId() == null) {
      throw new BadRequestException();
    }
    PaymentIntents.Result result = intents.pay(form.invoiceId(), form.paymentMethod(), key);
    return Response.status(result.replayed() ? 200 : 201)
        .entity(IntentView.of(result.intent()))
        .build();
  }
}

package io.atrium.payments.api;

import io.atrium.payments.Mandates;
import io.atrium.payments.PaymentMandate;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Associate a SEPA mandate" from the client space, for the company or the on-demand member. */
@Path("/payments/mandates")
@Tag(name = "Payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MandatesResource {

  @Inject Mandates mandates;

  /** A mandate as the app sees it: never the IBAN, only its label. */
  public record MandateView(long id, String label, String status) {}

  @POST
  @Operation(summary = "Associates a SEPA direct-debit mandate with the payer")
  @APIResponse(responseCode = "201", description = "The mandate, labelled by the IBAN's end")
  @APIResponse(responseCode = "400", description = "An IBAN whose check digits fail, or no holder")
  public Response mandate(@Valid MandateForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    PaymentMandate saved = mandates.associate(form.iban(), form.holder());
    return Response.status(201)
        .entity(new MandateView(saved.getId(), saved.getLabel(), saved.getStatus()))
        .build();
  }
}

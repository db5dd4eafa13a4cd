package io.atrium.payments.api;

import io.atrium.payments.GatewaySettlement;
import io.atrium.payments.gateway.Gateways;
import io.atrium.payments.gateway.PaymentGateway;
import io.atrium.payments.gateway.WebhookRefusedException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.api.ApiDocumentFilter;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Notifications from a payment gateway (no session, no token: the gateway's signature is the
 * proof). The tenant is the one the charge's metadata names, trusted only once the signature holds;
 * each charge is applied once however often it is delivered.
 */
@Path("/payments/webhooks")
@Tag(name = "Payments")
@PermitAll
public class PaymentWebhooksResource {

  @Inject Gateways gateways;

  @Inject GatewaySettlement settlement;

  @Inject Tenancy tenancy;

  @Inject Tenants tenants;

  @Context HttpHeaders headers;

  @POST
  @Path("/{gateway}")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Extension(name = ApiDocumentFilter.OPEN, value = "true")
  @Operation(
      summary =
          "A gateway's event (stripe: payment_intent.succeeded / payment_intent.payment_failed,"
              + " signed with Stripe-Signature)")
  @APIResponse(responseCode = "200", description = "Applied, or already applied, or not ours")
  @APIResponse(responseCode = "400", description = "Signature missing, wrong or expired")
  @APIResponse(responseCode = "404", description = "No such gateway")
  public Response receive(@PathParam("gateway") String name, String body) {
    PaymentGateway gateway = gateways.receiving(name).orElseThrow(NotFoundException::new);
    Map<String, String> lowered = new HashMap<>();
    headers
        .getRequestHeaders()
        .forEach((k, v) -> lowered.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? null : v.get(0)));
    PaymentGateway.WebhookEvent event = gateway.readWebhook(body, lowered);
    String slug = event.metadata().get("tenant");
    if (slug == null) {
      throw new WebhookRefusedException();
    }
    Tenant tenant =
        tenancy.runAsPlatform(() -> tenants.bySlug(slug)).orElseThrow(NotFoundException::new);
    boolean applied = tenancy.runAsTenant(tenant.getId(), () -> settlement.apply(name, event));
    return Response.ok("{\"received\":true,\"applied\":" + applied + "}").build();
  }
}

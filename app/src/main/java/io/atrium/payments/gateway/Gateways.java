package io.atrium.payments.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway the server is set up with ({@code PAYMENT_GATEWAY=test|stripe}, test by default) and
 * the ones whose webhooks it reads: Stripe's when its webhook secret is set.
 */
@ApplicationScoped
public class Gateways {

  @Inject
  @ConfigProperty(name = "payment.gateway", defaultValue = "test")
  String chosen;

  @Inject
  @ConfigProperty(name = "stripe.api.base", defaultValue = "https://api.stripe.com")
  String stripeBase;

  @Inject
  @ConfigProperty(name = "stripe.secret.key")
  Optional<String> stripeSecretKey;

  @Inject
  @ConfigProperty(name = "stripe.webhook.secret")
  Optional<String> stripeWebhookSecret;

  private final TestGateway test = new TestGateway();

  private StripeGateway stripe;

  @PostConstruct
  void start() {
    stripe =
        new StripeGateway(
            URI.create(stripeBase),
            stripeSecretKey.orElse(""),
            stripeWebhookSecret.orElse(""),
            Clock.systemUTC());
  }

  /** The gateway that takes payments. */
  public PaymentGateway current() {
    return StripeGateway.NAME.equalsIgnoreCase(chosen) ? stripe : test;
  }

  /** The gateway a webhook path names, if it sends webhooks. */
  public Optional<PaymentGateway> receiving(String name) {
    return StripeGateway.NAME.equals(name) ? Optional.of(stripe) : Optional.empty();
  }
}

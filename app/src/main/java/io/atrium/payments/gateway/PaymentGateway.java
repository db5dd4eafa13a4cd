package io.atrium.payments.gateway;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A payment service provider as the payments capability needs it: take a card payment for an
 * invoice, set up a SEPA direct-debit mandate, and read the notifications (webhooks) it sends back.
 * Every call that creates something carries an idempotency key, so a retry after a lost answer
 * never charges twice. Card numbers and IBANs only pass through; only the provider's references are
 * kept.
 */
public interface PaymentGateway {

  /** The name stored with what it made ({@code payment.gateway}) and used in webhook paths. */
  String name();

  Intent createIntent(IntentRequest request, String idempotencyKey);

  Mandate createMandate(MandateRequest request, String idempotencyKey);

  /**
   * Checks a notification's signature and reads it.
   *
   * @throws WebhookRefusedException when the signature is missing, wrong or too old, or the body
   *     cannot be read
   */
  WebhookEvent readWebhook(String body, Map<String, String> headers);

  /**
   * A charge for an invoice. {@code paymentMethod} is the provider's payment method reference (or,
   * with the test gateway, a test card number); {@code metadata} comes back in the webhooks.
   */
  record IntentRequest(
      BigDecimal amount,
      String currency,
      String description,
      String paymentMethod,
      Map<String, String> metadata) {}

  /** The provider's charge: its id and where it stands. */
  record Intent(String ref, Outcome outcome) {}

  enum Outcome {
    SUCCEEDED,
    PENDING,
    FAILED
  }

  /** A SEPA mandate to set up for a payer, from their IBAN and name. */
  record MandateRequest(String iban, String holder, Map<String, String> metadata) {}

  /** The provider's mandate reference, and a label safe to show (the IBAN's last four). */
  record Mandate(String ref, String label) {}

  /** A notification about a charge. */
  record WebhookEvent(
      String type,
      String intentRef,
      Outcome outcome,
      BigDecimal amount,
      String currency,
      Map<String, String> metadata) {}
}

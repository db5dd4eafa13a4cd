package io.atrium.payments.gateway;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in gateway for demos and tests: a card payment succeeds at once, except with the
 * declined test card {@value #DECLINED_CARD} (Stripe's own "generic decline" number) or a number
 * that is no card's (not 12 to 19 digits, or a wrong Luhn check digit: "1234" paid an invoice),
 * which fail; a SEPA mandate is accepted for any IBAN whose check digits hold. The same idempotency
 * key gives back the same answer, as a real provider does (kept in memory: the test gateway has no
 * history to lose). It sends no webhooks: its answers are final.
 */
public class TestGateway implements PaymentGateway {

  public static final String NAME = "test";

  public static final String DECLINED_CARD = "4000000000000002";

  private final Map<String, Object> answers = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Intent createIntent(IntentRequest request, String idempotencyKey) {
    return (Intent)
        answers.computeIfAbsent(
            "intent:" + idempotencyKey,
            k -> {
              String card =
                  request.paymentMethod() == null ? "" : request.paymentMethod().replace(" ", "");
              Outcome outcome =
                  DECLINED_CARD.equals(card) || !cardNumber(card)
                      ? Outcome.FAILED
                      : Outcome.SUCCEEDED;
              return new Intent("test_pi_" + UUID.randomUUID(), outcome);
            });
  }

  /** 12 to 19 digits whose last is the Luhn check digit of the others, as every card number. */
  static boolean cardNumber(String digits) {
    if (!digits.matches("\\d{12,19}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  @Override
  public Mandate createMandate(MandateRequest request, String idempotencyKey) {
    if (!Iban.valid(request.iban())) {
      throw new GatewayFailedException();
    }
    return (Mandate)
        answers.computeIfAbsent(
            "mandate:" + idempotencyKey,
            k -> new Mandate("test_mandate_" + UUID.randomUUID(), Iban.label(request.iban())));
  }

  @Override
  public WebhookEvent readWebhook(String body, Map<String, String> headers) {
    throw new WebhookRefusedException();
  }
}

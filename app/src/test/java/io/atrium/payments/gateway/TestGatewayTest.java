package io.atrium.payments.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The built-in gateway answers as a card network would: only card numbers can be charged. */
class TestGatewayTest {

  private final TestGateway gateway = new TestGateway();

  private PaymentGateway.Outcome pay(String card) {
    var request =
        new PaymentGateway.IntentRequest(new BigDecimal("120.00"), "EUR", "F-1", card, Map.of());
    return gateway.createIntent(request, UUID.randomUUID().toString()).outcome();
  }

  @Test
  void aCardNumberIsPaidAndAnythingElseIsDeclined() {
    assertEquals(PaymentGateway.Outcome.SUCCEEDED, pay("4242424242424242"));
    assertEquals(PaymentGateway.Outcome.SUCCEEDED, pay("5555555555554444"));
    assertEquals(PaymentGateway.Outcome.FAILED, pay("4000000000000002"), "the decline card");
    assertEquals(PaymentGateway.Outcome.FAILED, pay("1234"), "too short: it paid an invoice");
    assertEquals(PaymentGateway.Outcome.FAILED, pay("4242424242424241"), "wrong check digit");
    assertEquals(PaymentGateway.Outcome.FAILED, pay("4242-4242-4242-4242"), "not digits");
  }
}

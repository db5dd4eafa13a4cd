package io.atrium.notifications;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.shared.format.Formats;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * A number in a notice, "12.5" or "12,5"; with a currency, an amount with two decimals followed by
 * its code ("1,00,000.00 INR", "1 000,00 EUR"). Kept as its decimal text, so nothing is rounded.
 */
public record NoticeNumber(BigDecimal value, String currency) implements NoticeValue {

  static final String VALUE = "number";
  private static final String CURRENCY = "currency";

  public NoticeNumber {
    if (value == null) {
      throw new IllegalArgumentException("A number needs its value");
    }
  }

  /** A plain number, such as a percentage. */
  public static NoticeNumber of(BigDecimal value) {
    return new NoticeNumber(value, null);
  }

  /** An amount of money in this currency. */
  public static NoticeNumber amount(BigDecimal value, String currency) {
    return new NoticeNumber(value, currency);
  }

  @Override
  public String shownWith(Formats reader) {
    return currency == null ? reader.number(value) : reader.amount(value) + " " + currency;
  }

  @Override
  public JsonObject toJson() {
    JsonObjectBuilder json = JSON.createObjectBuilder().add(VALUE, value.toPlainString());
    if (currency != null) {
      json.add(CURRENCY, currency);
    }
    return json.build();
  }

  static NoticeNumber fromJson(JsonObject json) {
    return new NoticeNumber(
        new BigDecimal(json.getString(VALUE)),
        json.containsKey(CURRENCY) ? json.getString(CURRENCY) : null);
  }
}

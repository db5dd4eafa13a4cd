package io.atrium.payments.gateway;

import java.math.BigInteger;
import java.util.Locale;

/** An IBAN's shape and ISO 7064 mod-97 check, and the label shown instead of it. */
public final class Iban {

  private Iban() {}

  public static String normal(String iban) {
    return iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  public static boolean valid(String iban) {
    String text = normal(iban);
    if (!text.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (text.substring(4) + text.substring(0, 4)).toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /** "SEPA •••• 1234": enough to recognise an account, nothing to use it. */
  public static String label(String iban) {
    String text = normal(iban);
    return "SEPA •••• " + text.substring(Math.max(0, text.length() - 4));
  }
}

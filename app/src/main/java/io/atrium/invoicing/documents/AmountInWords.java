package io.atrium.invoicing.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in rupees in Indian English, as Indian tax invoices print it: "Rupees One Crore
 * Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight and Fifty Paise Only". Our own
 * few lines rather than ICU's 15 MB spell-out rules (the unit test checks the known values).
 */
public final class AmountInWords {

  private static final String[] UNITS = {
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen"
  };

  private static final String[] TENS = {
    "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"
  };

  private AmountInWords() {}

  /** The amount (rounded to the paisa; its sign ignored) in words. */
  public static String rupees(BigDecimal amount) {
    BigDecimal rounded = amount.abs().setScale(2, RoundingMode.HALF_UP);
    long rupees = rounded.longValue();
    int paise = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
    StringBuilder words = new StringBuilder("Rupees ").append(whole(rupees));
    if (paise > 0) {
      words.append(" and ").append(belowHundred(paise)).append(" Paise");
    }
    return words.append(" Only").toString();
  }

  /** A whole number in the Indian system: crore (10^7), lakh (10^5), thousand, hundred. */
  static String whole(long n) {
    if (n == 0) {
      return UNITS[0];
    }
    StringBuilder words = new StringBuilder();
    long crores = n / 10_000_000;
    if (crores > 0) {
      // Above 99 crore the count of crores is itself spelt in the Indian system.
      append(words, whole(crores) + " Crore");
    }
    long rest = n % 10_000_000;
    append(words, group((int) (rest / 100_000), "Lakh"));
    rest %= 100_000;
    append(words, group((int) (rest / 1000), "Thousand"));
    rest %= 1000;
    append(words, group((int) (rest / 100), "Hundred"));
    if (rest % 100 > 0) {
      append(words, belowHundred((int) (rest % 100)));
    }
    return words.toString();
  }

  private static String group(int count, String name) {
    return count == 0 ? "" : belowHundred(count) + " " + name;
  }

  private static String belowHundred(int n) {
    if (n < 20) {
      return UNITS[n];
    }
    return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + "-" + UNITS[n % 10];
  }

  private static void append(StringBuilder words, String part) {
    if (!part.isEmpty()) {
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(part);
    }
  }
}

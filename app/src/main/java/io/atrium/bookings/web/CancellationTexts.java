package io.atrium.bookings.web;

import io.atrium.bookings.Booking;
import io.atrium.bookings.CancellationCost;
import io.atrium.shared.format.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import org.omnifaces.util.Messages;

/**
 * What staff and members read about a cancellation's cost: the confirmation before it says when the
 * late-cancellation fee applies and how much ({@link CancellationCost}, the policy's own
 * computation), and the message after it names the fee billed or the credits kept.
 */
public final class CancellationTexts {

  private CancellationTexts() {}

  /** The confirmation: {@code plainKey} when cancelling costs nothing, else the cost named. */
  public static String confirm(
      Booking booking, CancellationCost cost, String plainKey, Locale locale) {
    if (cost == null || !cost.charged()) {
      return text(plainKey);
    }
    Formats formats = Formats.of(locale, booking.getCentre().getCountry());
    if (cost.inCredits()) {
      return text(
          "booking.cancelConfirm.credits",
          credits(cost.creditsKept(), cost, formats),
          credits(cost.creditsUsed(), cost, formats),
          formats.number(cost.percent()));
    }
    return text(
        "booking.cancelConfirm.fee",
        formats.amount(cost.fee()) + " " + cost.currency(),
        formats.number(cost.percent()));
  }

  /** Adds the message that the booking is cancelled, with the fee billed or the credits kept. */
  public static void done(Booking cancelled, Locale locale) {
    CancellationCost cost = cancelled.getCancellationCost();
    if (cost == null || !cost.charged()) {
      Messages.addGlobalInfo("booking.cancelledDone");
      return;
    }
    Formats formats = Formats.of(locale, cancelled.getCentre().getCountry());
    if (cost.inCredits()) {
      Messages.addGlobalInfo(
          "booking.cancelledDone.credits",
          credits(cost.creditsKept(), cost, formats),
          credits(cost.creditsUsed().subtract(cost.creditsKept()), cost, formats));
    } else {
      Messages.addGlobalInfo(
          "booking.cancelledDone.fee", formats.amount(cost.fee()) + " " + cost.currency());
    }
  }

  private static String credits(BigDecimal value, CancellationCost cost, Formats formats) {
    return cost.hours()
        ? formats.number(value.stripTrailingZeros()) + " " + text("credits.hours")
        : formats.amount(value) + " " + cost.currency();
  }

  private static String text(String key, Object... params) {
    return Messages.create(key, params).get().getSummary();
  }
}

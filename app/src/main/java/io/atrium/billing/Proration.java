package io.atrium.billing;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractLine;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A contract line's share of a service period: the days it runs in the period (its own dates within
 * the contract's), and for a partial month its monthly unit price × days ÷ days of the month,
 * rounded half up to the cent. The rule and the days are written on the line, in the invoice's
 * language, so the buyer can check the arithmetic.
 */
final class Proration {

  private Proration() {}

  /** The contract's last day, if it has one: its end date, or the day it ended. */
  static LocalDate lastDay(Contract contract) {
    return contract.getEndDate() != null ? contract.getEndDate() : contract.getEndedOn();
  }

  /** The days of the contract in the service period, or null when none. */
  static Period days(Contract contract, Period service) {
    return service.within(contract.getStartDate(), lastDay(contract));
  }

  /** The invoice line of a contract line for the period, or null when it does not run then. */
  static LineDraft line(
      ContractLine line, Period contractDays, Period service, String language, String country) {
    Period days = contractDays.within(line.getStartDate(), line.getEndDate());
    if (days == null) {
      return null;
    }
    BigDecimal price = line.getUnitPrice();
    String note = null;
    if (days.days() < service.days()) {
      price =
          price
              .multiply(BigDecimal.valueOf(days.days()))
              .divide(BigDecimal.valueOf(service.days()), 2, RoundingMode.HALF_UP);
      Locale locale = Texts.byCode(language);
      Formats formats = Formats.of(locale, country);
      note =
          new MessageFormat(Texts.bundle(locale).getString("billing.proration.note"), locale)
              .format(
                  new Object[] {
                    days.days(),
                    service.days(),
                    formats.date(days.start()),
                    formats.date(days.end()),
                    line.getUnitPrice().toPlainString()
                  });
    }
    InvoiceLine.Source source =
        line.getKind() == ContractLine.Kind.MAIN
            ? InvoiceLine.Source.CONTRACT
            : InvoiceLine.Source.OPTION;
    return LineDraft.of(source, line.getItem(), line.getDescription(), line.getQuantity(), price)
        .withDiscount(line.getDiscountPercent())
        .withPeriod(days.start(), days.end(), note)
        .fromContractLine(line.getId());
  }
}

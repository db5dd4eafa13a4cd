package io.atrium.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One line of a FEC (art. A47 A-1 of the Livre des procédures fiscales): its 18 columns, dates
 * yyyyMMdd, amounts with a decimal comma and no grouping, separated by pipes.
 */
record FecEntry(
    String journalCode,
    String journalLib,
    String ecritureNum,
    LocalDate ecritureDate,
    String compteNum,
    String compteLib,
    String compAuxNum,
    String compAuxLib,
    String pieceRef,
    LocalDate pieceDate,
    String ecritureLib,
    BigDecimal debit,
    BigDecimal credit,
    LocalDate validDate) {

  static final List<String> COLUMNS =
      List.of(
          "JournalCode",
          "JournalLib",
          "EcritureNum",
          "EcritureDate",
          "CompteNum",
          "CompteLib",
          "CompAuxNum",
          "CompAuxLib",
          "PieceRef",
          "PieceDate",
          "EcritureLib",
          "Debit",
          "Credit",
          "EcritureLet",
          "DateLet",
          "ValidDate",
          "Montantdevise",
          "Idevise");

  static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  String line() {
    return String.join(
            "|",
            text(journalCode),
            text(journalLib),
            text(ecritureNum),
            ecritureDate.format(DAY),
            text(compteNum),
            text(compteLib),
            text(compAuxNum),
            text(compAuxLib),
            text(pieceRef),
            pieceDate.format(DAY),
            text(ecritureLib),
            amount(debit),
            amount(credit),
            "",
            "",
            validDate.format(DAY),
            "",
            "")
        + "\r\n";
  }

  static String amount(BigDecimal value) {
    BigDecimal amount = value == null ? BigDecimal.ZERO : value;
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  /** No separator or line break may enter a field. */
  private static String text(String value) {
    return value == null ? "" : value.replaceAll("[|\\r\\n\\t]+", " ").strip();
  }
}

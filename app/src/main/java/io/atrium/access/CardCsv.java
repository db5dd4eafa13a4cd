package io.atrium.access;

import io.atrium.shared.csv.CsvReader;
import io.atrium.shared.csv.LineError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The lines of a card file: a header naming the columns in English or French (card number, facility
 * code, type / numéro de carte, code site, type), in any order and case, then one card a line. The
 * number is 1 to 20 digits, the facility code 0 to 65535, the type standard or temporary (also
 * permanent, permanente, temporaire); only the number is required. Each line is checked as it is
 * read: a good one goes to {@code good}, every wrong cell to {@code wrong}.
 */
final class CardCsv implements Consumer<CsvReader.Row> {

  static final List<String> COLUMNS = List.of("number", "facilityCode", "type");

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}");
  private static final Pattern FACILITY = Pattern.compile("[0-9]{1,5}");

  private static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("number", "number"),
          Map.entry("cardnumber", "number"),
          Map.entry("card", "number"),
          Map.entry("rfid", "number"),
          Map.entry("numero", "number"),
          Map.entry("numerodecarte", "number"),
          Map.entry("ndecarte", "number"),
          Map.entry("carte", "number"),
          Map.entry("facilitycode", "facilityCode"),
          Map.entry("facility", "facilityCode"),
          Map.entry("sitecode", "facilityCode"),
          Map.entry("codesite", "facilityCode"),
          Map.entry("codedesite", "facilityCode"),
          Map.entry("type", "type"),
          Map.entry("kind", "type"));

  private static final Map<String, AccessCard.Kind> KINDS =
      Map.of(
          "standard", AccessCard.Kind.STANDARD,
          "permanent", AccessCard.Kind.STANDARD,
          "permanente", AccessCard.Kind.STANDARD,
          "temporary", AccessCard.Kind.TEMPORARY,
          "temporaire", AccessCard.Kind.TEMPORARY);

  /** A card read from a good line. */
  record Card(int line, String number, Integer facilityCode, AccessCard.Kind kind) {}

  private final Consumer<Card> good;
  private final Consumer<LineError> wrong;
  private Map<String, Integer> columns;
  private boolean headerWrong;

  CardCsv(Consumer<Card> good, Consumer<LineError> wrong) {
    this.good = good;
    this.wrong = wrong;
  }

  /** Whether a header was read and is right; lines after a wrong header are not checked. */
  boolean headerRead() {
    return columns != null && !headerWrong;
  }

  @Override
  public void accept(CsvReader.Row row) {
    if (columns == null) {
      columns = header(row);
      return;
    }
    if (headerWrong) {
      return;
    }
    boolean fine = true;
    if (row.cells().size() > columns.size()) {
      fine = wrong(row, null, "card.import.extraCells");
    }
    String number = cell(row, "number");
    if (number.isEmpty()) {
      fine = wrong(row, "number", "card.import.number.required");
    } else if (!NUMBER.matcher(number).matches()) {
      fine = wrong(row, "number", "card.import.number.digits");
    }
    Integer facility = null;
    String facilityText = cell(row, "facilityCode");
    if (!facilityText.isEmpty()) {
      if (FACILITY.matcher(facilityText).matches() && Integer.parseInt(facilityText) <= 65535) {
        facility = Integer.valueOf(facilityText);
      } else {
        fine = wrong(row, "facilityCode", "card.import.facility.range");
      }
    }
    AccessCard.Kind kind = AccessCard.Kind.STANDARD;
    String kindText = cell(row, "type");
    if (!kindText.isEmpty()) {
      kind = KINDS.get(key(kindText));
      if (kind == null) {
        fine = wrong(row, "type", "card.import.type.unknown");
      }
    }
    if (fine) {
      good.accept(new Card(row.line(), number, facility, kind));
    }
  }

  private Map<String, Integer> header(CsvReader.Row row) {
    Map<String, Integer> found = new HashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String column = HEADERS.get(key(row.cell(i)));
      if (column == null) {
        headerWrong = !wrong(row, null, "card.import.header.unknown");
      } else if (found.putIfAbsent(column, i) != null) {
        headerWrong = !wrong(row, column, "card.import.header.twice");
      }
    }
    if (!found.containsKey("number")) {
      headerWrong = !wrong(row, "number", "card.import.header.missing");
    }
    return found;
  }

  /** Reports a wrong cell; answers false, what the line's check becomes. */
  private boolean wrong(CsvReader.Row row, String column, String key) {
    wrong.accept(new LineError(row.line(), column, key));
    return false;
  }

  private String cell(CsvReader.Row row, String column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index);
  }

  static String key(String text) {
    return CsvReader.comparable(text);
  }
}

package io.atrium.spaces;

import io.atrium.shared.csv.CsvReader;
import io.atrium.shared.csv.LineError;
import io.atrium.shared.format.Formats;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an inventory file: UTF-8 CSV with a header in English or French (space, type, label, serial
 * number, state, acquired on / espace, type, libellé, numéro de série, état, acquis le), in any
 * order and case, separated by {@code ,} or {@code ;}. States are read in either language or as
 * their codes, days as typed in a date input or ISO. Every cell that cannot be read is listed with
 * its line; the space's name and the rules of the fields are checked by {@link Inventory}.
 */
final class InventoryCsv {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_ROWS = 5000;

  static final List<String> COLUMNS =
      List.of("space", "type", "label", "serialNumber", "state", "acquiredOn");

  private static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("space", "space"),
          Map.entry("espace", "space"),
          Map.entry("type", "type"),
          Map.entry("label", "label"),
          Map.entry("libelle", "label"),
          Map.entry("serialnumber", "serialNumber"),
          Map.entry("serial", "serialNumber"),
          Map.entry("numerodeserie", "serialNumber"),
          Map.entry("ndeserie", "serialNumber"),
          Map.entry("state", "state"),
          Map.entry("etat", "state"),
          Map.entry("acquiredon", "acquiredOn"),
          Map.entry("acquisle", "acquiredOn"),
          Map.entry("datedacquisition", "acquiredOn"));

  private static final Map<String, Asset.State> STATES = new HashMap<>();

  static {
    for (Asset.State state : Asset.State.values()) {
      STATES.put(key(state.name()), state);
    }
    STATES.put("enservice", Asset.State.IN_SERVICE);
    STATES.put("enreparation", Asset.State.IN_REPAIR);
    STATES.put("enpanne", Asset.State.BROKEN);
    STATES.put("hs", Asset.State.BROKEN);
    STATES.put("reforme", Asset.State.RETIRED);
  }

  /** A line read: its number, the space's name as written and the asset's fields. */
  record Line(int number, String spaceName, AssetDetails details) {}

  /** The lines read, and the cells that could not be read (their lines are among them). */
  record Reading(List<Line> lines, List<LineError> errors) {}

  private InventoryCsv() {}

  /**
   * @throws InventoryImportException when the file as a whole cannot be read (size, encoding,
   *     header)
   */
  static Reading read(byte[] content) {
    if (content.length == 0) {
      throw refuse(new LineError(1, null, "inventory.import.empty"));
    }
    if (content.length > MAX_BYTES) {
      throw refuse(new LineError(1, null, "inventory.import.tooLarge"));
    }
    List<CsvReader.Row> rows;
    try {
      rows = CsvReader.read(utf8(content));
    } catch (CharacterCodingException e) {
      throw refuse(new LineError(1, null, "inventory.import.encoding"));
    } catch (CsvReader.MalformedException e) {
      throw refuse(new LineError(e.line(), null, "inventory.import.malformed"));
    }
    if (rows.size() < 2) {
      throw refuse(new LineError(1, null, "inventory.import.empty"));
    }
    if (rows.size() - 1 > MAX_ROWS) {
      throw refuse(
          new LineError(rows.get(MAX_ROWS + 1).line(), null, "inventory.import.tooManyRows"));
    }
    List<LineError> errors = new ArrayList<>();
    Map<String, Integer> columns = header(rows.get(0), errors);
    if (!errors.isEmpty()) {
      throw new InventoryImportException(errors);
    }
    List<Line> lines = new ArrayList<>();
    for (CsvReader.Row row : rows.subList(1, rows.size())) {
      lines.add(line(row, columns, errors));
    }
    return new Reading(lines, errors);
  }

  private static Map<String, Integer> header(CsvReader.Row row, List<LineError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String column = HEADERS.get(key(row.cell(i)));
      if (column == null) {
        errors.add(new LineError(row.line(), null, "inventory.import.header.unknown"));
      } else if (columns.putIfAbsent(column, i) != null) {
        errors.add(new LineError(row.line(), column, "inventory.import.header.twice"));
      }
    }
    for (String required : List.of("space", "type", "label")) {
      if (!columns.containsKey(required)) {
        errors.add(new LineError(row.line(), required, "inventory.import.header.missing"));
      }
    }
    return columns;
  }

  private static Line line(
      CsvReader.Row row, Map<String, Integer> columns, List<LineError> errors) {
    if (row.cells().size() > columns.size()) {
      errors.add(new LineError(row.line(), null, "inventory.import.extraCells"));
    }
    AssetDetails details = new AssetDetails();
    details.setType(cell(row, columns, "type"));
    details.setLabel(cell(row, columns, "label"));
    details.setSerialNumber(cell(row, columns, "serialNumber"));
    String state = cell(row, columns, "state");
    if (!state.isEmpty()) {
      Asset.State known = STATES.get(key(state));
      if (known == null) {
        errors.add(new LineError(row.line(), "state", "inventory.import.state.unknown"));
      } else {
        details.setState(known);
      }
    }
    String day = cell(row, columns, "acquiredOn");
    if (!day.isEmpty()) {
      details.setAcquiredOn(Formats.parseDay(day).orElse(null));
      if (details.getAcquiredOn() == null) {
        errors.add(new LineError(row.line(), "acquiredOn", "inventory.import.date.invalid"));
      }
    }
    return new Line(row.line(), cell(row, columns, "space"), details);
  }

  private static String cell(CsvReader.Row row, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index);
  }

  static String key(String text) {
    return CsvReader.comparable(text);
  }

  private static String utf8(byte[] content) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(content))
        .toString();
  }

  private static InventoryImportException refuse(LineError error) {
    return new InventoryImportException(List.of(error));
  }
}

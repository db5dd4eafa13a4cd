package io.atrium.shared.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what people import (the inventory) as RFC 4180 CSV, the way {@link CsvWriter} writes it:
 * quoted cells with doubled quotes and line breaks, CRLF or LF, a leading byte order mark. The
 * separator is the header line's: {@code ;} when it holds more semicolons than commas (French Excel
 * saves with {@code ;}), {@code ,} otherwise. Each record keeps the line it starts on, so errors
 * can name it as the spreadsheet shows it. Blank lines are skipped.
 */
public final class CsvReader {

  /** One record and the (1-based) line of the file it starts on. */
  public record Row(int line, List<String> cells) {

    /** The cell at this column, stripped; empty when the row is shorter. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column).strip() : "";
    }
  }

  /** The file could not be read as CSV (a quote never closed). */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    MalformedException(int line) {
      super("Unclosed quote from line " + line);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private CsvReader() {}

  public static List<Row> read(String text) throws MalformedException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separatorOf(body);
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    int quoteLine = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        add(rows, rowLine, cells);
        cells = new ArrayList<>();
        line++;
        rowLine = line;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new MalformedException(quoteLine);
    }
    cells.add(cell.toString());
    add(rows, rowLine, cells);
    return rows;
  }

  private static void add(List<Row> rows, int line, List<String> cells) {
    if (cells.stream().anyMatch(c -> !c.isBlank())) {
      rows.add(new Row(line, List.copyOf(cells)));
    }
  }

  static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }
}

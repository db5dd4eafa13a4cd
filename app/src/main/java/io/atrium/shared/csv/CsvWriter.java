package io.atrium.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes exports (visitors, attendees) as RFC 4180 CSV that spreadsheets open safely.
 *
 * <p>Rules: (1) a cell starting with {@code = + - @}, a tab or a carriage return is prefixed with
 * an apostrophe, so Excel or LibreOffice never evaluate what a visitor typed as a formula (OWASP
 * "CSV injection"); (2) cells with a separator, quote or line break are quoted, quotes doubled; (3)
 * lines end with CRLF; (4) a UTF-8 byte order mark starts the file, so Excel reads accents right.
 */
public final class CsvWriter {

  private static final char SEPARATOR = ',';

  private final Writer out;

  private CsvWriter(Writer out) {
    this.out = out;
  }

  /** A writer that has already written the byte order mark. */
  public static CsvWriter to(Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.write("\uFEFF");
    return csv;
  }

  public CsvWriter row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  public CsvWriter row(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(SEPARATOR);
      }
      line.append(cell(cells.get(i)));
    }
    write(line.append("\r\n").toString());
    return this;
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(SEPARATOR) >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

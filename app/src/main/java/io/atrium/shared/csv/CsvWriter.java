package io.atrium.shared.csv;

import io.atrium.shared.format.Formats;
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
 * lines end with CRLF; (4) a UTF-8 byte order mark starts the file, so Excel reads accents right;
 * (5) the separator is the one the reader's spreadsheet expects: {@code ;} where the decimal mark
 * is a comma (French Excel reads a comma-separated file as one column), {@code ,} elsewhere. Dates
 * and numbers are written by the caller through {@link Formats}, in the reader's language.
 */
public final class CsvWriter {

  private final Writer out;
  private final char separator;

  private CsvWriter(Writer out, char separator) {
    this.out = out;
    this.separator = separator;
  }

  /** A writer for a reader of these formats that has already written the byte order mark. */
  public static CsvWriter to(Writer out, Formats formats) {
    CsvWriter csv = new CsvWriter(out, formats.decimalSeparator() == ',' ? ';' : ',');
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
        line.append(separator);
      }
      line.append(cell(cells.get(i), separator));
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

  static String cell(Object value, char separator) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(separator) >= 0
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

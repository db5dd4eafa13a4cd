package io.atrium.shared.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads what people import (the inventory, access cards) as RFC 4180 CSV, the way {@link CsvWriter}
 * writes it: quoted cells with doubled quotes and line breaks, CRLF or LF, a leading byte order
 * mark. The separator is the header line's: {@code ;} when it holds more semicolons than commas
 * (French Excel saves with {@code ;}), {@code ,} otherwise. Each record keeps the line it starts
 * on, so errors can name it as the spreadsheet shows it. Blank lines are skipped.
 *
 * <p>{@link #stream} hands each record over as soon as it is read, so a file of any length is read
 * in the memory of its longest record, which is bounded.
 */
public final class CsvReader {

  /** The longest record {@link #stream} reads: a line longer than this is not a CSV of ours. */
  public static final int MAX_RECORD_CHARS = 4096;

  /** One record and the (1-based) line of the file it starts on. */
  public record Row(int line, List<String> cells) {

    /** The cell at this column, stripped; empty when the row is shorter. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column).strip() : "";
    }
  }

  /** The file could not be read as CSV: a quote never closed, or a record far too long. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final boolean tooLong;

    MalformedException(int line, boolean tooLong) {
      super((tooLong ? "Record too long at line " : "Unclosed quote from line ") + line);
      this.line = line;
      this.tooLong = tooLong;
    }

    public int line() {
      return line;
    }

    /** Whether the record was too long, rather than a quote left open. */
    public boolean tooLong() {
      return tooLong;
    }
  }

  /** The reader failed (e.g. bytes not in its encoding) while this line was read. */
  public static final class UnreadableException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;

    UnreadableException(int line, IOException cause) {
      super("Unreadable from line " + line, cause);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private CsvReader() {}

  /** A header cell or a word as compared: lower case, without accents, spaces or punctuation. */
  public static String comparable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }

  public static List<Row> read(String text) throws MalformedException {
    List<Row> rows = new ArrayList<>();
    try {
      parse(new StringReader(text), separatorOf(withoutMark(text)), Integer.MAX_VALUE, rows::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string is never unreadable
    }
    return rows;
  }

  /**
   * Reads {@code in} record by record, each given to {@code each} as it is read.
   *
   * @throws UnreadableException when {@code in} fails, e.g. on bytes not in its encoding
   */
  public static void stream(Reader in, Consumer<Row> each) throws IOException, MalformedException {
    BufferedReader buffered = new BufferedReader(in, 65536);
    // The header line is peeked at for its separator: read up to its end only, then given back.
    StringBuilder header = new StringBuilder();
    try {
      buffered.mark(MAX_RECORD_CHARS + 2);
      for (int c = buffered.read();
          c != -1 && c != '\n' && header.length() <= MAX_RECORD_CHARS;
          c = buffered.read()) {
        header.append((char) c);
      }
      buffered.reset();
    } catch (IOException e) {
      throw new UnreadableException(1, e);
    }
    parse(buffered, separatorOf(withoutMark(header.toString())), MAX_RECORD_CHARS, each);
  }

  private static void parse(Reader in, char separator, int longest, Consumer<Row> each)
      throws IOException, MalformedException {
    Position at = new Position();
    try {
      parse(in, separator, longest, each, at);
    } catch (IOException e) {
      throw new UnreadableException(at.line, e);
    }
  }

  /** The line being read, for a reader's failure. */
  private static final class Position {
    int line = 1;
  }

  private static void parse(Reader in, char separator, int longest, Consumer<Row> each, Position at)
      throws IOException, MalformedException {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int length = 0;
    boolean quoted = false;
    int quoteLine = 0;
    int c = in.read();
    if (c == '\uFEFF') {
      c = in.read();
    }
    for (; c != -1; c = in.read()) {
      if (++length > longest) {
        throw new MalformedException(rowLine, true);
      }
      if (quoted) {
        if (c == '"') {
          int next = in.read();
          if (next == '"') {
            cell.append('"');
            continue;
          }
          quoted = false;
          if (next == -1) {
            break;
          }
          c = next; // the character after a closing quote is read as unquoted
        } else {
          if (c == '\n') {
            at.line = ++line;
          }
          cell.append((char) c);
          continue;
        }
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        cells.add(cell.toString());
        cell.setLength(0);
        emit(each, rowLine, cells);
        cells = new ArrayList<>();
        at.line = ++line;
        rowLine = line;
        length = 0;
      } else {
        cell.append((char) c);
      }
    }
    if (quoted) {
      throw new MalformedException(quoteLine, false);
    }
    cells.add(cell.toString());
    emit(each, rowLine, cells);
  }

  private static void emit(Consumer<Row> each, int line, List<String> cells) {
    if (cells.stream().anyMatch(c -> !c.isBlank())) {
      each.accept(new Row(line, List.copyOf(cells)));
    }
  }

  private static String withoutMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }
}

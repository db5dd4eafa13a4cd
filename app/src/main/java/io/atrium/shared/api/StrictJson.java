package io.atrium.shared.api;

import static io.atrium.shared.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The one way request JSON is read: a streaming parse that stops at the first of too many bytes or
 * too deep a nesting (so neither costs more than the limit), and refuses duplicate keys and
 * anything after the document, which lenient parsers silently drop or let the last one win.
 */
public final class StrictJson {

  /** Far above any form of the API (the longest text field is a few thousand characters). */
  public static final int MAX_BYTES = 256 * 1024;

  /** Forms are flat objects with lists of ids: anything deeper is not a form. */
  public static final int MAX_DEPTH = 16;

  private StrictJson() {}

  /** The document, or null when the body is empty; refusals are {@link UnreadableBodyException}. */
  public static JsonValue read(InputStream body) {
    var limited = new LimitedStream(body);
    var buffered = new BufferedInputStream(limited);
    try {
      if (blank(buffered)) {
        return null;
      }
    } catch (TooLargeException e) {
      throw new UnreadableBodyException(413, "problem.detail.413", MAX_BYTES / 1024);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JsonParser parser = JSON.createParser(utf8(buffered))) {
      JsonValue value = value(parser, parser.next(), 0);
      if (parser.hasNext()) {
        throw UnreadableBodyException.notJson();
      }
      return value;
    } catch (TooLargeException e) {
      throw new UnreadableBodyException(413, "problem.detail.413", MAX_BYTES / 1024);
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      if (limited.exceeded) {
        throw new UnreadableBodyException(413, "problem.detail.413", MAX_BYTES / 1024);
      }
      if (notUtf8(e)) {
        throw new UnreadableBodyException(400, "problem.detail.encoding");
      }
      throw UnreadableBodyException.notJson();
    } catch (CharacterCodingException e) {
      throw new UnreadableBodyException(400, "problem.detail.encoding");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The body as UTF-8, the only encoding of JSON (RFC 8259), refusing bytes that are not: a decoder
   * left to its default puts U+FFFD in their place, and a name sent in Latin-1 was stored with
   * replacement characters and answered 201. A leading byte order mark is skipped, as the RFC
   * allows.
   */
  private static Reader utf8(InputStream body) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var text = new BufferedReader(new InputStreamReader(body, decoder));
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    return text;
  }

  private static boolean notUtf8(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  /** Whether only white space comes before the end; the stream is left where it was. */
  private static boolean blank(BufferedInputStream body) throws IOException {
    body.mark(MAX_BYTES + 1);
    int b;
    do {
      b = body.read();
    } while (b == ' ' || b == '\t' || b == '\n' || b == '\r');
    body.reset();
    return b < 0;
  }

  private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
    return switch (event) {
      case START_OBJECT -> object(parser, depth + 1);
      case START_ARRAY -> array(parser, depth + 1);
      case VALUE_STRING -> JSON.createValue(parser.getString());
      case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw UnreadableBodyException.notJson();
    };
  }

  private static JsonValue object(JsonParser parser, int depth) {
    tooDeep(depth);
    JsonObjectBuilder object = JSON.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_OBJECT) {
        return object.build();
      }
      String key = parser.getString();
      if (!keys.add(key)) {
        throw new UnreadableBodyException(400, "problem.detail.duplicateKey", printable(key));
      }
      object.add(key, value(parser, parser.next(), depth));
    }
  }

  private static JsonValue array(JsonParser parser, int depth) {
    tooDeep(depth);
    JsonArrayBuilder array = JSON.createArrayBuilder();
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_ARRAY) {
        return array.build();
      }
      array.add(value(parser, event, depth));
    }
  }

  private static void tooDeep(int depth) {
    if (depth > MAX_DEPTH) {
      throw new UnreadableBodyException(400, "problem.detail.depth", MAX_DEPTH);
    }
  }

  /** A key echoed in a message: at most 40 characters, control characters shown as '?'. */
  static String printable(String text) {
    String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return cut.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
  }

  private static final class TooLargeException extends UncheckedIOException {
    TooLargeException() {
      super(new IOException("body over " + MAX_BYTES + " bytes"));
    }
  }

  /** Stops reading at the limit, so a 30 MB body costs no more than a 256 kB one. */
  private static final class LimitedStream extends FilterInputStream {
    private long count;
    private boolean exceeded;

    LimitedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      if (count > MAX_BYTES) {
        exceeded = true;
        throw new TooLargeException();
      }
    }
  }
}

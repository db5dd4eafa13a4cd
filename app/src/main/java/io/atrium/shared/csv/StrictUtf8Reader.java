package io.atrium.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text from bytes, refusing any byte sequence that is not UTF-8, but only after handing over
 * every character decoded before it: so the reader of a file learns the line the bad bytes are on
 * (an InputStreamReader drops the characters of the chunk the error is in).
 */
public final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean ended;
  private CharacterCodingException pending;

  public StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pending != null) {
      throw pending;
    }
    CharBuffer out = CharBuffer.wrap(into, offset, length);
    while (out.position() == offset) {
      if (!bytes.hasRemaining() && ended) {
        CoderResult last = decoder.decode(bytes, out, true);
        if (last.isError()) {
          throw error(last);
        }
        decoder.flush(out);
        return out.position() == offset ? -1 : out.position() - offset;
      }
      CoderResult result = decoder.decode(bytes, out, ended);
      if (result.isError()) {
        pending = error(result);
        if (out.position() == offset) {
          throw pending;
        }
        break;
      }
      if (result.isUnderflow() && out.position() == offset) {
        fill();
      }
    }
    return out.position() - offset;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      ended = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private static CharacterCodingException error(CoderResult result) {
    try {
      result.throwException();
    } catch (CharacterCodingException e) {
      return e;
    }
    return new CharacterCodingException();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package io.atrium.spaces;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.files.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A floor plan as uploaded, checked whole before anything is kept: a PNG (its size read from the
 * IHDR header) or an SVG that {@link SafeSvg} accepts (its size from width/height or the viewBox).
 * Anything else, an empty file or one over the upload limit is refused on the {@code plan} field.
 */
public record PlanImage(FileKind kind, byte[] content, int width, int height) {

  /** The largest plan side accepted, in pixels: a plan is a drawing, not a satellite image. */
  static final int MAX_SIDE = 20_000;

  static final String FIELD = "plan";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  /**
   * @throws InvalidFieldsException on {@code plan}: empty, too large, not an image, or active SVG
   */
  public static PlanImage read(InputStream upload, long maxBytes) {
    byte[] content;
    try (InputStream in = upload) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (content.length == 0) {
      throw InvalidFieldsException.of(FIELD, "file.rejected.empty");
    }
    if (content.length > maxBytes) {
      throw InvalidFieldsException.of(FIELD, "file.rejected.size");
    }
    if (content.length >= 24 && Arrays.equals(content, 0, 8, PNG, 0, 8)) {
      return png(content);
    }
    int[] size = SafeSvg.check(content);
    return new PlanImage(FileKind.SVG, content, size[0], size[1]);
  }

  private static PlanImage png(byte[] content) {
    ByteBuffer header = ByteBuffer.wrap(content, 8, 16);
    header.getInt();
    byte[] type = new byte[4];
    header.get(type);
    long width = Integer.toUnsignedLong(header.getInt());
    long height = Integer.toUnsignedLong(header.getInt());
    if (!Arrays.equals(type, new byte[] {'I', 'H', 'D', 'R'})) {
      throw InvalidFieldsException.of(FIELD, "plan.rejected.type");
    }
    return new PlanImage(FileKind.PNG, content, side(width), side(height));
  }

  static int side(double pixels) {
    if (!(pixels >= 1) || pixels > MAX_SIDE) {
      throw InvalidFieldsException.of(FIELD, "plan.rejected.dimensions");
    }
    return (int) Math.ceil(pixels);
  }
}

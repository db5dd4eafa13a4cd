package io.atrium.reception;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Check-in tokens and their QR codes. A token is 24 random bytes in URL-safe Base64 (32
 * characters), which a QR scanner types into the kiosk's field like a keyboard; only its SHA-256 is
 * stored, so a copy of the database lets nobody in.
 */
public final class CheckInCodes {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int QR_PIXELS = 320;
  private static final int MASK_PATTERNS = 8;

  private CheckInCodes() {}

  public static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a token: lower-case hex SHA-256 of what was typed, trimmed. */
  public static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /**
   * A PNG of the token's QR code, black on white with the standard quiet zone. With the mask the
   * encoder prefers, about one token in a hundred gives a code in which ZXing's reader (and the
   * scanners built on it) finds a false finder pattern and reads nothing; such a code is read back
   * here and drawn again with the next mask until it reads as the token.
   */
  public static byte[] qrPng(String token) {
    BitMatrix matrix = matrix(token, null);
    for (int mask = 0; !readsAs(matrix, token) && mask < MASK_PATTERNS; mask++) {
      matrix = matrix(token, mask);
    }
    return png(matrix);
  }

  private static BitMatrix matrix(String token, Integer mask) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 4);
    if (mask != null) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    try {
      return new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS, hints);
    } catch (WriterException e) {
      throw new IllegalStateException("A 32-character token always fits a QR code", e);
    }
  }

  private static boolean readsAs(BitMatrix matrix, String token) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    byte[] luminances = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        luminances[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
      }
    }
    var bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new PlanarYUVLuminanceSource(
                    luminances, width, height, 0, 0, width, height, false)));
    try {
      return token.equals(new QRCodeReader().decode(bitmap).getText());
    } catch (ReaderException e) {
      return false;
    }
  }

  private static byte[] png(BitMatrix matrix) {
    BufferedImage image =
        new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
      }
    }
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.atrium.shared.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.InvalidFieldsException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  @TempDir Path root;

  @Test
  void recognisesKindsByTheirFirstBytes() {
    assertEquals(Optional.of(FileKind.PNG), FileKind.sniff(PNG));
    assertEquals(Optional.of(FileKind.JPEG), FileKind.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
    assertEquals(Optional.of(FileKind.GIF), FileKind.sniff("GIF89a....".getBytes()));
    assertEquals(Optional.of(FileKind.WEBP), FileKind.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes()));
    assertEquals(Optional.of(FileKind.MP4), FileKind.sniff("\0\0\0\u0018ftypisom".getBytes()));
    assertEquals(
        Optional.of(FileKind.QUICKTIME), FileKind.sniff("\0\0\0\u0014ftypqt  ".getBytes()));
    assertEquals(Optional.of(FileKind.WEBM), FileKind.sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 1)));
    assertEquals(Optional.of(FileKind.PDF), FileKind.sniff("%PDF-1.7\n".getBytes()));
    assertEquals(Optional.empty(), FileKind.sniff("#!/bin/sh\nrm -rf /".getBytes()));
    assertEquals(Optional.empty(), FileKind.sniff(new byte[] {(byte) 0xFF}));
  }

  @Test
  void keepsAnAcceptedFileUnderItsTenantWithItsRealKind() throws Exception {
    FileStore store = new FileStore(root, 1);
    StoredFile file = store.store(7, "photo", "C:\\Users\\me\\leak.png", in(PNG), FileKind.IMAGES);

    assertEquals(FileKind.PNG, file.kind());
    assertEquals(PNG.length, file.size());
    assertEquals("leak.png", file.originalName());
    assertTrue(file.key().startsWith("7/") && file.key().endsWith(".png"), file.key());
    try (InputStream back = store.open(file.key())) {
      assertArrayEquals(PNG, back.readAllBytes());
    }
  }

  @Test
  void refusesADisguisedFileAndKeepsNothing() throws Exception {
    FileStore store = new FileStore(root, 1);
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> store.store(7, "photo", "holiday.jpg", in(script), FileKind.IMAGES));

    assertEquals(Map.of("photo", "file.rejected.type"), refused.fieldKeys());
    assertEquals(0, filesUnder(root));
  }

  @Test
  void refusesAKindTheCallerDoesNotAccept() {
    FileStore store = new FileStore(root, 1);
    byte[] pdf = "%PDF-1.7\n%%EOF".getBytes();

    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> store.store(7, "cover", "cover.pdf", in(pdf), FileKind.IMAGES));
    assertEquals(Map.of("cover", "file.rejected.type"), refused.fieldKeys());
  }

  @Test
  void refusesAFileOverTheLimitAndLeavesNoPartialCopy() throws Exception {
    FileStore store = new FileStore(root, 1);
    byte[] big = new byte[1024 * 1024 + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);

    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> store.store(7, "photo", "big.png", in(big), FileKind.IMAGES));

    assertEquals(Map.of("photo", "file.rejected.size"), refused.fieldKeys());
    assertEquals(0, filesUnder(root));
  }

  @Test
  void refusesAnEmptyFile() {
    FileStore store = new FileStore(root, 1);
    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () -> store.store(7, "photo", "empty.png", in(new byte[0]), FileKind.IMAGES));
    assertEquals(Map.of("photo", "file.rejected.empty"), refused.fieldKeys());
  }

  @Test
  void opensOnlyWellFormedKeys() {
    FileStore store = new FileStore(root, 1);
    assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> store.open("7/../8/x.png"));
  }

  private static InputStream in(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  private static long filesUnder(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}

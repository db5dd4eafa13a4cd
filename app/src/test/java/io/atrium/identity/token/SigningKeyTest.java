package io.atrium.identity.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

  @TempDir Path directory;

  @Test
  void generatedKeyIsWrittenOwnerOnlyAndLoadsBackIdentical() throws Exception {
    Path file = directory.resolve("keys/api/signing-key.pem");

    SigningKey generated = SigningKey.generateInto(file);

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    String pem = Files.readString(file);
    assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem);
    assertTrue(pem.endsWith("-----END PRIVATE KEY-----\n"), pem);
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
    SigningKey loaded = SigningKey.load(file);
    assertEquals(generated.keyId(), loaded.keyId());
    assertEquals(generated.publicKey(), loaded.publicKey());
    byte[] data = "header.payload".getBytes(StandardCharsets.US_ASCII);
    assertTrue(generated.verifies(data, loaded.sign(data)));
  }

  @Test
  void loadOrGenerateGeneratesOnceThenKeepsTheKey() throws Exception {
    Path file = directory.resolve("signing-key.pem");

    SigningKey first = SigningKey.loadOrGenerate(file);
    byte[] written = Files.readAllBytes(file);
    SigningKey second = SigningKey.loadOrGenerate(file);

    assertEquals(first.keyId(), second.keyId());
    assertArrayEquals(written, Files.readAllBytes(file));
  }

  @Test
  void anExistingKeyIsNeverOverwritten() throws Exception {
    Path file = directory.resolve("signing-key.pem");
    SigningKey.generateInto(file);
    byte[] written = Files.readAllBytes(file);

    var e = assertThrows(UncheckedIOException.class, () -> SigningKey.generateInto(file));

    assertTrue(e.getCause() instanceof FileAlreadyExistsException, e.toString());
    assertArrayEquals(written, Files.readAllBytes(file));
  }

  @Test
  void keyIdIsTheStartOfTheUnpaddedBase64urlSha256OfThePublicKey() throws Exception {
    SigningKey key = SigningKey.generate();

    byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.publicKey().getEncoded());
    String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    assertEquals(expected.substring(0, 16), key.keyId());
    assertEquals(2048, key.publicKey().getModulus().bitLength());
  }

  @Test
  void somethingElseThanAPkcs8PrivateKeyIsRefused() throws Exception {
    Path pkcs1 = directory.resolve("pkcs1.pem");
    Files.writeString(
        pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    Path garbage = directory.resolve("garbage.pem");
    Files.writeString(
        garbage, "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");

    assertThrows(IllegalArgumentException.class, () -> SigningKey.load(pkcs1));
    assertThrows(IllegalArgumentException.class, () -> SigningKey.load(garbage));
    assertThrows(UncheckedIOException.class, () -> SigningKey.load(directory.resolve("none")));
  }
}

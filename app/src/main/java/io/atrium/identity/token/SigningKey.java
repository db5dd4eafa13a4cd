package io.atrium.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key that signs and verifies the API's access tokens, and its key id.
 *
 * <p>Only the private key is stored (PKCS#8 PEM, readable by the server's user alone): the public
 * key is derived from it, so the two can never disagree. The key id is a digest of the public key,
 * so it changes by itself when the key is replaced and tokens signed by an old key are refused.
 */
public final class SigningKey {

  static final String ALGORITHM = "SHA256withRSA";
  private static final int KEY_BITS = 2048;
  private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PEM_END = "-----END PRIVATE KEY-----";
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private final RSAPrivateCrtKey privateKey;
  private final RSAPublicKey publicKey;
  private final String keyId;

  private SigningKey(RSAPrivateCrtKey privateKey) {
    this.privateKey = privateKey;
    try {
      this.publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(
                          privateKey.getModulus(), privateKey.getPublicExponent()));
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
      this.keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA or SHA-256 unavailable in this JVM", e);
    }
  }

  /** A new key that lives in memory only. */
  public static SigningKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      return new SigningKey((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA unavailable in this JVM", e);
    }
  }

  /**
   * Reads a PKCS#8 PEM RSA private key ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @throws IllegalArgumentException when the file is not such a key
   * @throws UncheckedIOException when it cannot be read
   */
  public static SigningKey load(Path pemFile) {
    String pem;
    try {
      pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the token signing key " + pemFile, e);
    }
    int begin = pem.indexOf(PEM_BEGIN);
    int end = pem.indexOf(PEM_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          pemFile + " is not a PKCS#8 PEM private key (" + PEM_BEGIN + ")");
    }
    PrivateKey key;
    try {
      byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + PEM_BEGIN.length(), end));
      key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(pemFile + " is not a valid RSA private key", e);
    }
    if (!(key instanceof RSAPrivateCrtKey crtKey)) {
      // Without the CRT parameters the public exponent, hence the public key, is unknown.
      throw new IllegalArgumentException(pemFile + " lacks the RSA public exponent");
    }
    return new SigningKey(crtKey);
  }

  /**
   * Generates an RSA-2048 key and writes it as PKCS#8 PEM, readable and writable by the owner only
   * on POSIX file systems, creating the parent directories.
   *
   * @throws UncheckedIOException when the file exists already (a key is never overwritten: that
   *     would log every client out) or cannot be written
   */
  public static SigningKey generateInto(Path pemFile) {
    SigningKey key = generate();
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.privateKey.getEncoded());
    String pem = PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    Path parent = pemFile.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(parent);
      // Created with its final mode, so the key is never readable by others, even for a moment.
      temporary =
          Files.getFileStore(parent).supportsFileAttributeView("posix")
              ? Files.createTempFile(parent, ".signing-key", ".tmp", OWNER_ONLY)
              : Files.createTempFile(parent, ".signing-key", ".tmp");
      Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
      // Renamed into place, so the key file never exists half written; fails if it exists.
      Files.move(temporary, pemFile);
      temporary = null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the token signing key " + pemFile, e);
    } finally {
      deleteQuietly(temporary);
    }
    return key;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // Only a stray temporary file is left; the caller already has the real error.
      }
    }
  }

  /** The key in {@code pemFile}, generated there first if the file does not exist. */
  public static SigningKey loadOrGenerate(Path pemFile) {
    if (Files.exists(pemFile)) {
      return load(pemFile);
    }
    try {
      return generateInto(pemFile);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileAlreadyExistsException) {
        // Another server sharing the directory generated it first: use theirs.
        return load(pemFile);
      }
      throw e;
    }
  }

  /** The {@code kid} header of the tokens this key signs. */
  public String keyId() {
    return keyId;
  }

  /** For publishing (e.g. as a JWKS) to whoever needs to verify tokens outside Atrium. */
  public RSAPublicKey publicKey() {
    return publicKey;
  }

  byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
    }
  }

  boolean verifies(byte[] data, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(publicKey);
      signature.update(data);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      // A signature of the wrong length or encoding is just an invalid one.
      return false;
    }
  }

  @Override
  public String toString() {
    return "SigningKey[kid=" + keyId + "]";
  }
}

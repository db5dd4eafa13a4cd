package io.atrium.shared.database;

/** The embedded database could not start; the message says why and what to do, in one line. */
public class EmbeddedDatabaseException extends RuntimeException {

  public EmbeddedDatabaseException(String message) {
    super(message);
  }

  public EmbeddedDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}

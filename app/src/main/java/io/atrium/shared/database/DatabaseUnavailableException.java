package io.atrium.shared.database;

/** The database could not be started or migrated; the message says why and what to do. */
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String message) {
    super(message);
  }

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

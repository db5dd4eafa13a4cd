package io.atrium.access;

/** A door or Wi-Fi system refused or could not be reached; the message says why, in short. */
public class AccessSystemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessSystemException(String reason) {
    super(reason);
  }

  public AccessSystemException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

package io.atrium.collection;

/**
 * The accounting system refused or could not be reached. {@code retryable}: worth trying again
 * later (network, 5xx, 429); otherwise the system answered an error about the data (Zoho's code
 * other than 0), which waits for someone to look at it and press "retry now".
 */
public class AccountingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  public AccountingException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}

package io.atrium.shared;

/**
 * A rule of the business refused a command. Carries the HTTP status the API answers with and a
 * bundle key (with arguments) that pages and problem details show in the user's language.
 */
public abstract class BusinessException extends RuntimeException {

  private final int status;
  private final String messageKey;
  private final transient Object[] arguments;

  protected BusinessException(int status, String messageKey, Object... arguments) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** Seconds after which the same request may succeed ({@code Retry-After}), if such a time is. */
  public java.util.OptionalLong retryAfterSeconds() {
    return java.util.OptionalLong.empty();
  }
}

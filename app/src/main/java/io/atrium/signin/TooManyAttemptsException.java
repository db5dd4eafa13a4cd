package io.atrium.signin;

import io.atrium.shared.BusinessException;
import java.util.OptionalLong;

/** Sign-in refused without looking at the password: this source must wait before trying again. */
public class TooManyAttemptsException extends BusinessException {
  public TooManyAttemptsException() {
    super(429, "problem.detail.429");
  }

  /** The throttle's first wait: a caller still blocked after it gets a new 429 saying so. */
  @Override
  public OptionalLong retryAfterSeconds() {
    return OptionalLong.of(SignInThrottle.FIRST_DELAY.toSeconds());
  }
}

package io.atrium.signin;

import io.atrium.shared.BusinessException;

/** Sign-in refused without looking at the password: this source must wait before trying again. */
public class TooManyAttemptsException extends BusinessException {
  public TooManyAttemptsException() {
    super(429, "problem.detail.429");
  }
}

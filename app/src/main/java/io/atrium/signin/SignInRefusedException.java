package io.atrium.signin;

import io.atrium.shared.BusinessException;

/**
 * The workspace, e-mail and password did not sign anyone in. Its own answer: the one for a missing
 * or bad bearer token told someone who mistyped a password to "send a valid bearer token". It says
 * nothing of which of the three was wrong.
 */
public class SignInRefusedException extends BusinessException {
  public SignInRefusedException() {
    super(401, "problem.detail.signInRefused");
  }
}

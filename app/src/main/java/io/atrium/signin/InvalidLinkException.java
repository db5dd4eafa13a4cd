package io.atrium.signin;

import io.atrium.shared.BusinessException;

/** The activation or reset link is unknown, already used or expired. */
public class InvalidLinkException extends BusinessException {
  public InvalidLinkException() {
    super(400, "account.link.invalid");
  }
}

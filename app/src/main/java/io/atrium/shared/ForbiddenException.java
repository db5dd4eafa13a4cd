package io.atrium.shared;

/** The caller is signed in but their role does not allow this action. */
public class ForbiddenException extends BusinessException {
  public ForbiddenException() {
    super(403, "problem.detail.403");
  }
}

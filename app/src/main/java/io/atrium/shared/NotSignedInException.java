package io.atrium.shared;

/** The action needs a signed-in caller and there is none. */
public class NotSignedInException extends BusinessException {
  public NotSignedInException() {
    super(401, "problem.detail.401");
  }
}

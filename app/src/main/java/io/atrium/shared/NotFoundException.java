package io.atrium.shared;

/** No such row for this caller: absent, another tenant's, or outside the caller's centres. */
public class NotFoundException extends BusinessException {
  public NotFoundException() {
    super(404, "problem.detail.404");
  }
}

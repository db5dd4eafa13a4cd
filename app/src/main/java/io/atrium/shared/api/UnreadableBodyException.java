package io.atrium.shared.api;

import io.atrium.shared.BusinessException;

/**
 * A request body refused before it reaches a resource: not JSON, JSON nested too deep or too long,
 * something after the document, or not an object where one is expected.
 */
public class UnreadableBodyException extends BusinessException {

  public UnreadableBodyException(int status, String messageKey, Object... arguments) {
    super(status, messageKey, arguments);
  }

  static UnreadableBodyException notJson() {
    return new UnreadableBodyException(400, "problem.detail.body");
  }
}

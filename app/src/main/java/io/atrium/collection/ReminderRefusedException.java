package io.atrium.collection;

import io.atrium.shared.BusinessException;

/**
 * A reminder or late-fee command that the invoice's state refuses ({@code collection.refused.*}).
 */
public class ReminderRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ReminderRefusedException(String reason, Object... arguments) {
    super(409, "collection.refused." + reason, arguments);
  }
}

package io.atrium.community;

import io.atrium.shared.BusinessException;

/**
 * An event or an answer to it is not in a state that allows this: publishing a cancelled event,
 * answering one that is over, checking someone in on another day. The key says which rule.
 */
public class EventStateException extends BusinessException {
  public EventStateException(String messageKey) {
    super(409, messageKey);
  }
}

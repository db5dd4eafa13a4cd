package io.atrium.helpdesk;

import io.atrium.shared.BusinessException;

/**
 * A ticket's life cycle refused a change (409): a transition it does not allow, a closed ticket.
 */
public class TicketRuleException extends BusinessException {

  public TicketRuleException(String messageKey, Object... arguments) {
    super(409, messageKey, arguments);
  }
}

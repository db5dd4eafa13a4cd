package io.atrium.staff;

import io.atrium.shared.BusinessException;

/**
 * A change would lock people out of staff management: the caller would lose {@code staff:edit}, or
 * no role of the tenant would grant it any more.
 */
public class LockoutException extends BusinessException {

  public static final String SELF = "staff.lockout.self";
  public static final String LAST_ROLE = "staff.lockout.lastRole";

  public LockoutException(String messageKey) {
    super(409, messageKey);
  }
}

package io.atrium.approvals;

import io.atrium.shared.BusinessException;

/**
 * A request cannot be decided this way: it was decided already (by another approver a moment ago,
 * say), or the approver is the one who asked. The key says which.
 */
public class ApprovalStateException extends BusinessException {

  ApprovalStateException(String messageKey) {
    this(409, messageKey);
  }

  private ApprovalStateException(int status, String messageKey) {
    super(status, messageKey);
  }

  /** Nobody approves their own discount: the point is a second pair of eyes. */
  static ApprovalStateException ownRequest() {
    return new ApprovalStateException(403, "approval.error.own");
  }
}

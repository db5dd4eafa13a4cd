package io.atrium.approvals;

/** What an approver answers a request: approve it, or reject it with a reason. */
public enum Decision {
  APPROVE(ApprovalRequest.State.APPROVED),
  REJECT(ApprovalRequest.State.REJECTED);

  private final ApprovalRequest.State outcome;

  Decision(ApprovalRequest.State outcome) {
    this.outcome = outcome;
  }

  ApprovalRequest.State outcome() {
    return outcome;
  }
}

package io.atrium.approvals;

/**
 * Which requests to list: one state (PENDING: the ones the caller may decide, never their own;
 * null: every decided one, newest decision first) and optionally one of the caller's centres.
 */
public record ApprovalSearch(ApprovalRequest.State state, Long centreId) {

  public static final ApprovalSearch PENDING =
      new ApprovalSearch(ApprovalRequest.State.PENDING, null);

  public boolean pending() {
    return state == ApprovalRequest.State.PENDING;
  }
}

package io.atrium.approvals;

/**
 * A request was approved or rejected. Fired inside the decision's transaction: the capability that
 * owns the document kind observes it and confirms or refuses its document in that same transaction,
 * so a decision and its effect commit together (and approvals calls no document module).
 */
public record ApprovalDecided(
    long tenantId,
    long requestId,
    String documentKind,
    long documentId,
    ApprovalRequest.State state,
    String reason) {

  public boolean approved() {
    return state == ApprovalRequest.State.APPROVED;
  }

  public boolean concerns(String kind) {
    return documentKind.equals(kind);
  }
}

package io.atrium.approvals.api;

import io.atrium.approvals.ApprovalRequest;

/**
 * A discount approval request as the API shows it. Amounts and percentages are decimal strings
 * ({@code "25.00"}), so no client reads them through a binary floating point.
 *
 * @param documentKind the kind of document the discount belongs to ({@code PRICE_QUOTE})
 * @param documentPage the document's page in the back office, or null
 * @param amount the document's amount before tax, with {@code currency}; null when none was given
 * @param state PENDING, APPROVED or REJECTED
 * @param requestedAt when it was asked, a UTC instant
 * @param decidedAt when it was decided, a UTC instant; null while pending
 */
public record ApprovalSummary(
    long id,
    String documentKind,
    long documentId,
    String documentPage,
    long centreId,
    String centre,
    String summary,
    String requestedPercent,
    String ceilingPercent,
    String amount,
    String currency,
    long requestedById,
    String requestedBy,
    String requestedAt,
    String state,
    String reason,
    String decidedBy,
    String decidedAt) {

  static ApprovalSummary of(ApprovalRequest a) {
    return new ApprovalSummary(
        a.getId(),
        a.getDocumentKind(),
        a.getDocumentId(),
        a.getDocumentPage(),
        a.getCentre().getId(),
        a.getCentre().getCode(),
        a.getSummary(),
        a.getRequestedPercent().toPlainString(),
        a.getCeilingPercent().toPlainString(),
        a.getAmount() == null ? null : a.getAmount().toPlainString(),
        a.getCurrency(),
        a.getRequestedById(),
        a.getRequestedByName(),
        a.getRequestedAt().toString(),
        a.getState().name(),
        a.getReason(),
        a.getDecidedByName(),
        a.getDecidedAt() == null ? null : a.getDecidedAt().toString());
  }
}

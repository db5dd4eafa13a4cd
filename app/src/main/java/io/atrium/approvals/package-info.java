/**
 * Discount approval (000 "Meeting Booking &amp; Discount Rules"): a discount above the requester's
 * role ceiling puts the document it belongs to into Pending approval; a Super Admin (or a role with
 * pricing:approve) approves it, or rejects it with a reason, in the approvals inbox; the requester
 * is told. Generic: a request names its document by kind and id, and the capability owning that
 * kind of document is told of the decision, so bookings, quotes, contracts and invoices all use it.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A staff member's ceiling is the highest maximum discount (%) among their roles. A discount
 *       at or under it confirms the document at once: no request is written.
 *   <li>Above it, the document's capability submits a request (document kind and id, centre,
 *       summary, amount and currency, the document's page) in the document's own transaction; the
 *       document stays pending approval. At most one request per document is pending.
 *   <li>Approvers are the active staff holding pricing:approve who work in the request's centre,
 *       never the requester: each is told by e-mail and in their bell, in their language, with a
 *       link to the approvals inbox.
 *   <li>An approver approves, or rejects with a reason (at most 500 characters). A decided request
 *       is final: deciding it again is refused (409), also when two approvers decide at once (the
 *       request's row is locked). Nobody decides their own request (403).
 *   <li>The decision is announced with {@link io.atrium.approvals.ApprovalDecided} inside its
 *       transaction: the capability owning the document kind observes it and confirms or refuses
 *       its document, so approvals calls no document module. The requester is told by e-mail and in
 *       their bell, with a link to the document.
 *   <li>Approvers read requests of their centres only; any other request is "not found" (404), like
 *       another tenant's. The home counts the requests waiting for each approver.
 *   <li>Submitting, approving and rejecting are recorded in the audit log with their real actor.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.approvals.ApprovalRequest} (PENDING → APPROVED | REJECTED).
 *
 * <p>Words: validation / approbation → approval; demande → request; boîte de validation → approvals
 * inbox; plafond de remise → ceiling.
 *
 * <p>May call: shared, tenancy, identity, staff, notifications, audit.
 */
package io.atrium.approvals;

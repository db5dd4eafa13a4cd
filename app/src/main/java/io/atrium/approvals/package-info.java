/**
 * Discount approval (000 "Meeting Booking &amp; Discount Rules"): a discount above the requester's
 * role ceiling puts the document it belongs to into Pending approval; a Super Admin (or a role with
 * pricing:approve) approves it, or rejects it with a reason, in the approvals inbox; the requester
 * is told. Generic: a request names its document by kind and id, and the capability owning that
 * kind of document is told of the decision, so bookings, quotes, contracts and invoices all use it.
 *
 * <p>Entities: {@link io.atrium.approvals.ApprovalRequest} (PENDING → APPROVED | REJECTED).
 *
 * <p>Words: validation / approbation → approval; demande → request; boîte de validation → approvals
 * inbox; plafond de remise → ceiling.
 *
 * <p>May call: shared, tenancy, identity, staff, notifications, audit.
 */
package io.atrium.approvals;

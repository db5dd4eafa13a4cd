/**
 * The helpdesk ("Support", tickets): members and staff report issues of a centre; the centre's
 * staff assign, work on, escalate and solve them (document 002, the whole ticket page; document
 * 000, "Helpdesk &amp; Support" and workflow 2).
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A ticket belongs to one centre and is numbered within it, {@code <centre code>-<5 digits>}
 *       (PAR1-00042), from a per-centre counter row incremented in the creating transaction: no
 *       gap, no duplicate under concurrent creations ({@link io.atrium.helpdesk.TicketNumbers}).
 *   <li>Staff read the tickets of their centres with tickets:read (a centre-limited community
 *       manager sees only their building's, in every list, count, page, file and API), raise them
 *       with tickets:create and work on them (assign, status, escalate, comment, notes) with
 *       tickets:edit. Anything else is "not found", like another tenant's ticket.
 *   <li>Members with the client right INCIDENTS (every company role) raise tickets in their home
 *       centre and follow their own; a company Administrator also follows the company's tickets.
 *       Members comment on the tickets they see; only the requester reopens.
 *   <li>Staff raise a ticket for a member (the member is the requester, their company recorded) or
 *       for the building (the staff member is the requester).
 *   <li>A ticket needs a type (the 13 of document 002, their descriptions shown as help), a subject
 *       and a description; priority LOW, NORMAL (default), HIGH or URGENT. Photos and videos (up to
 *       10 at once, each within UPLOAD_MAX_MB, kind read from the content) go through the shared
 *       file store, outside the webapp, in the same transaction: a refused file writes nothing.
 *       Files are served only to people who may read the ticket ({@code
 *       /helpdesk/attachments/<id>}, {@code /api/tickets/<id>/attachments/<id>}), typed by their
 *       content, with nosniff; an internal note's files only to staff.
 *   <li>Life cycle ({@link io.atrium.helpdesk.Ticket}): NEW → IN_PROGRESS → SOLVED → CLOSED.
 *       Assigning a new ticket puts it in progress (document 002: in progress means assigned), and
 *       is the only way out of NEW; a ticket in progress can be reassigned. SOLVED → CLOSED by
 *       staff at any time. Closed is final. Escalation is a level 0..3 raised and lowered while the
 *       ticket is open. SLA targets (hours, per type, in the settings; priority does not change
 *       them) fix the first-response and resolution due times at creation; an open ticket past one
 *       is overdue. The first response is staff's first visible act: assignment, status change,
 *       escalation or public comment.
 *   <li>A solved ticket can be reopened (back to IN_PROGRESS, same assignee) by its requester or
 *       staff within the reopen window (settings, default 7 days). When the window ends, {@link
 *       io.atrium.helpdesk.AutoCloseJob} closes it (every {@code helpdesk.autoclose.minutes},
 *       default 60), as the system, with activity and notices.
 *   <li>Settings (settings:edit): reopen window, SLA targets per type, support managers per centre
 *       (active staff working there). Assignees are active staff working in the ticket's centre
 *       whose role has tickets:edit (technician, IT, housekeeping, community manager).
 *   <li>Every change writes, in its transaction, a line of the ticket's activity (created,
 *       assigned, status changed, commented, internal note, escalated, de-escalated, reopened: who
 *       and when, shown in the centre's time zone), an audit entry, and the notifications (in-app
 *       and e-mail, in each recipient's language): a new ticket to the centre's support managers;
 *       an assignment to the assignee; a status change, escalation or comment to the requester, the
 *       assignee and the support managers. Never to the author of the change; internal notes (and
 *       their activity line) never to members.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.helpdesk.Ticket} (states above), {@link
 * io.atrium.helpdesk.TicketComment}, {@link io.atrium.helpdesk.TicketAttachment}, {@link
 * io.atrium.helpdesk.TicketActivity}, {@link io.atrium.helpdesk.HelpdeskSettings}, {@link
 * io.atrium.helpdesk.SlaTarget}, {@link io.atrium.helpdesk.SupportManager}.
 *
 * <p>Words: Ticket / Demande → Ticket, Support → helpdesk, Type → {@link
 * io.atrium.helpdesk.TicketType}, Nouveau (doc. 000: Ouvert / Open) → NEW, En cours → IN_PROGRESS,
 * Résolu (Solved; doc. 000: Resolved) → SOLVED, Fermé → CLOSED, Escalader → escalate, Demandeur →
 * requester, Attribué à → assignee, Responsable du support → support manager, Note interne →
 * internal note, Activité → activity.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, notifications, audit.
 */
package io.atrium.helpdesk;

/**
 * Reception and visitor management (document 000, "Reception &amp; Visitor Management" and workflow
 * 1): visitors invited ahead or walking in, their arrival, the host's approval, check-in and
 * check-out, the live reception dashboard, the kiosk, histories, exports and retention.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A visitor comes to one centre to see one host: an ACTIVE member (company member or
 *       on-demand user) whose home centre is that centre; members follow their company's home
 *       centre, so "a member of the centre" means the company's centre. A missing host is a field
 *       error; unknown (another tenant's included), inactive and other-centre hosts are one field
 *       error with one message, so that nobody can probe member ids; nothing is written. Host
 *       pickers search the caller's centre's active members by name or e-mail, a page at a time,
 *       and say when more match.
 *   <li>Staff with visitors:create invite visitors (Reception → Invite Visitor) on behalf of a
 *       member of one of their centres, and register walk-ins; members with the client right
 *       APPOINTMENTS (every company role has it) invite visitors to their own centre, hosted by
 *       themselves or by a colleague of their company.
 *   <li>The expected visit date is today or later in the centre's time zone, and a visit today is
 *       not at a time already past on the centre's clock; name, date, time and e-mail are required
 *       for an invitation (the e-mail carries the QR code), only the name and the host for a
 *       walk-in, who arrives now.
 *   <li>The invitation mail goes to the visitor in their host's language (a visitor has no account
 *       to hold one; the host knows them). It attaches the QR code (PNG) of a single-use check-in
 *       token, also written in the text, and an iCalendar file (one hour, UTC times). Only the
 *       token's SHA-256 is stored. The QR code holds the token itself, which a scanner types into
 *       the kiosk's field.
 *   <li>The desk's steps need visitors:edit and a visitor of the caller's centres; any other
 *       visitor is "not found", like another tenant's. Check-in (arrival) and the kiosk's scan tell
 *       the host at once: a notice in their bell and an e-mail, in their language.
 *   <li>The kiosk takes a token once, while its visitor is EXPECTED: unknown tokens (another
 *       tenant's or another centre's included) and used ones are refused with a message.
 *   <li>A visitor kiosk ({@code /reception/kiosk/}) is a tablet locked to one centre, outside the
 *       staff shell and with no one signed in. Staff with settings:edit create a {@link
 *       io.atrium.reception.KioskDevice} for one of their centres (Reception → Settings) and get a
 *       pairing code, valid 30 minutes and once; the tablet pairs with it and keeps a long-lived
 *       device token in an HttpOnly cookie (Secure over HTTPS or with an https {@code PUBLIC_URL})
 *       limited to {@code /reception/kiosk/}. Only hashes of code and token are stored. The token
 *       opens only the kiosk: an EXPECTED visitor of the device's centre, expected today on the
 *       centre's clock, checks in by code or QR code (tokens of other centres or tenants are "not
 *       known here"); no staff page, no API. Staff revoke a kiosk; its next request shows "not
 *       paired". Creation and revocation are audited with the staff member, pairing and check-ins
 *       with the kiosk itself (actor kind KIOSK, under the name staff gave it, e.g. "Kiosk Hall
 *       A").
 *   <li>The host, or an Administrator of the host's company, approves or declines an ARRIVED
 *       visitor in the client space (My visitors) or through {@code POST
 *       /api/visitors/{id}/decision}. Every change to a centre's visitor is pushed after commit to
 *       that centre's open dashboards (socket channel {@code reception}, user {@code
 *       tenant:centre}).
 *   <li>Staff with visitors:read see their centres' visitors (dashboard, history, export, API); a
 *       member sees those they host or invited, a company Administrator also their company's.
 *   <li>Expected visitors of a day that is over in the centre's time zone are marked NO_SHOW by an
 *       hourly job (or at once by the desk), so past days' counts say what happened.
 *   <li>Visitors' personal data (name, e-mail, phone, company, purpose, notes, token) is blanked a
 *       per-tenant number of days after the visit day (default 365, settings:edit changes it) by a
 *       daily job; the row stays with centre, host, state and every instant, so counts and
 *       check-out records remain, anonymous.
 *   <li>Every step is audited in its transaction (state and dates, never personal data, since the
 *       log outlives the purge); messages go through the outbox in the same transaction.
 *   <li>CSV exports hold exactly the rows of the list they export, formula-safe ({@code
 *       CsvWriter}).
 * </ol>
 *
 * <p>Entities: {@link io.atrium.reception.Visitor} (EXPECTED → ARRIVED → APPROVED → CHECKED_IN →
 * CHECKED_OUT; ARRIVED → DECLINED; EXPECTED → NO_SHOW; walk-ins start ARRIVED), {@link
 * io.atrium.reception.ReceptionSettings}, {@link io.atrium.reception.KioskDevice} (WAITING → PAIRED
 * → REVOKED; WAITING → EXPIRED; any → REVOKED).
 *
 * <p>Words: Accueil → Reception, Visiteur → Visitor, Hôte → host, Inviter un visiteur → Invite
 * Visitor, Sans rendez-vous → walk-in, Borne → kiosk, Check-in (arrival at the desk, document 000
 * step 2) → arrive; Confirmer l'entrée (after the host's approval, step 4's "successful check-in")
 * → check in; Check-out → check out; Absent → no-show; Rendez-vous (client right APPOINTMENTS) →
 * inviting visitors.
 *
 * <p>May call: shared, tenancy, identity, directory (hosts, history subjects), notifications,
 * audit, signin (the public address of kiosk pairing links and kiosk cookies).
 */
package io.atrium.reception;

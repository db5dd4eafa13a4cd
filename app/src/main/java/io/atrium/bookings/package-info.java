/**
 * Bookings of meeting rooms and "bureaux de passage" (000 workflow 3, 001 §9): a space, a payer (a
 * company or a member on their own), a time range and a number of guests. No two held bookings
 * (pending approval or confirmed) of one space ever overlap: PostgreSQL's exclusion constraint
 * {@code booking_no_overlap} refuses the second even when two servers write at once, and the
 * application answers 409 with the taken slot's time, never its owner. Times are instants (UTC),
 * shown in the centre's time zone; a range is half-open, so 10–11 and 11–12 both fit.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, spaces, catalogue, pricing, approvals,
 * consumptions, audit, notifications, credits.
 */
package io.atrium.bookings;

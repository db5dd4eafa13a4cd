/**
 * Credits: a company's pool or a member's allowance at a centre, in hours or in the centre's money,
 * valid until a day (included). Staff grant and adjust them (contracts:edit), see them with
 * bookings:read; members see their own and their company's. A confirmed booking of the centre is
 * paid from them first when one covers it whole (the member's allowance before the company's pool,
 * hours before money, the soonest to expire first), unless it is invoiced at once; a day pass when
 * its payment says so. Cancelled in time, what was used comes back; cancelled late, the late fee's
 * share stays used. Every movement is a ledger entry with the balance it left.
 *
 * <p>May call: shared, tenancy, identity, directory, audit.
 */
package io.atrium.credits;

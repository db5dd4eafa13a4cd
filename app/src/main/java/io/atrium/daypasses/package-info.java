/**
 * Day passes (000 workflow 4, "Creating Day Pass Bookings"): staff sell a day at a centre's
 * workspace type (a catalogue item of the DAY_PASS service, by the day) to an existing member or to
 * a new on-demand walk-in, created on the fly. The pass is priced by the pricing service and
 * invoiced at once from a consumption of the member (000: "A Day Pass invoice is instantly
 * generated"); with a payment link, the member is mailed the client-space page that pays it, and,
 * when they have no password yet (a new walk-in), the activation link that lands on that page once
 * it is chosen. A new walk-in pays by invoice or payment link: with no company, contract or
 * credits, nothing else can bill them. One confirmed pass per member a day. Rights: day-passes:read
 * to list, :create to sell, :edit to cancel (the invoice stays; a credit note corrects it).
 *
 * <p>May call: shared, tenancy, identity, directory, catalogue, pricing, consumptions, audit,
 * notifications, credits.
 */
package io.atrium.daypasses;

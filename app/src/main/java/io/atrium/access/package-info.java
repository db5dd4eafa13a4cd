/**
 * Physical access cards (000 Access Control): RFID import of card numbers into a centre, client
 * card distribution (a batch of cards to a client company, whose administrator assigns them to
 * employees in the client space), lost and deactivated cards, and each card's history. A card
 * number is unique in a tenant; an import is all or nothing and is read as a stream, so a file of
 * 100,000 cards is checked and written in flat memory (PostgreSQL COPY into a transaction's own
 * staging table, duplicates found there in SQL).
 *
 * <p>May call: shared, tenancy, identity, directory, bookings, daypasses, audit, reception
 * (visitors invited to a booking).
 */
package io.atrium.access;

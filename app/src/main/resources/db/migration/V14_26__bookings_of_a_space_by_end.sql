-- ---------------------------------------------------------------------------------------------
-- Every booking made or moved looks for the bookings of its space that overlap its time (the slot
-- taken, the buffer kept around it), and the planning reads a space's bookings of a day. Without
-- an index on the space, PostgreSQL walked the centre's bookings by start time up to the slot's
-- end, filtering the other rooms' out: 11,000 rows read and 13 ms for the slot check of one of
-- 200 rooms with 25,000 bookings (B1), and more as the centre's history grows.
--
-- A space's bookings by their end: an overlap ends after the slot starts, so the scan reads only
-- the space's bookings that end after it (0.1 ms there), never its past.
CREATE INDEX booking_space_end ON booking (tenant_id, space_id, ends_at);

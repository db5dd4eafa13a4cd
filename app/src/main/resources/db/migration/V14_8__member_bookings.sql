-- ---------------------------------------------------------------------------------------------
-- Issue 14: members book from the client space and the API (001 client space §3). The payer stays
-- their company (or themselves, without one); the member who booked is kept, to list "my bookings",
-- to tell them, and to let them cancel it.
ALTER TABLE booking ADD COLUMN booked_by_member_id bigint,
  ADD FOREIGN KEY (tenant_id, booked_by_member_id) REFERENCES member (tenant_id, id);
CREATE INDEX booking_booked_by ON booking (tenant_id, booked_by_member_id, starts_at)
  WHERE booked_by_member_id IS NOT NULL;

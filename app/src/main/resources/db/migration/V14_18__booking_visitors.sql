-- ---------------------------------------------------------------------------------------------
-- Issue 14, 000 workflow 3 step 4: "the system attempts to automatically create Matrix and Bhaifi
-- credentials for any added visitors". A visitor may be invited for a booking (its day and start,
-- the booking's centre, host and title); each such visitor gets their own door and Wi-Fi grants
-- for the booking's time, beside the booking holder's, and loses them with the booking.
ALTER TABLE visitor ADD COLUMN booking_id bigint,
  ADD FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id);
CREATE INDEX visitor_booking ON visitor (tenant_id, booking_id) WHERE booking_id IS NOT NULL;

ALTER TABLE access_grant ADD COLUMN visitor_id bigint,
  ADD FOREIGN KEY (tenant_id, visitor_id) REFERENCES visitor (tenant_id, id),
  ADD CONSTRAINT access_grant_visitor_of_booking CHECK (visitor_id IS NULL OR booking_id IS NOT NULL),
  DROP CONSTRAINT access_grant_tenant_id_booking_id_system_key;
-- One grant per system for the booking's holder, and one per system for each of its visitors.
CREATE UNIQUE INDEX access_grant_booking_holder ON access_grant (tenant_id, booking_id, system)
  WHERE booking_id IS NOT NULL AND visitor_id IS NULL;
CREATE UNIQUE INDEX access_grant_visitor ON access_grant (tenant_id, visitor_id, system)
  WHERE visitor_id IS NOT NULL;

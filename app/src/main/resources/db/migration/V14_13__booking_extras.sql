-- ---------------------------------------------------------------------------------------------
-- Issue 14: what a booking's guests consumed (001 §9: drinks, prints, equipment), each a
-- consumption of the booking's payer that the monthly run bills; the link says which booking it
-- came with. An unbilled one is withdrawn with its booking's cancellation.
CREATE TABLE booking_extra (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  id             bigint NOT NULL,
  booking_id     bigint NOT NULL,
  consumption_id bigint NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id),
  FOREIGN KEY (tenant_id, consumption_id) REFERENCES consumption (tenant_id, id),
  UNIQUE (tenant_id, consumption_id)
);
CREATE INDEX booking_extra_booking ON booking_extra (tenant_id, booking_id);
SELECT atrium_isolate('booking_extra');

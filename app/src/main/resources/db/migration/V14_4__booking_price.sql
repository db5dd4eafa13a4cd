-- ---------------------------------------------------------------------------------------------
-- Issue 14: a booking's price (000 workflow 3 steps 2–3). Priced by the pricing service from its
-- space's catalogue item (by the hour: the quantity is the booking's length in hours), with the
-- discount staff gave; a discount above their role's ceiling keeps it PENDING_APPROVAL until an
-- approver decides (approvals). Once confirmed, what it costs is a consumption of the payer
-- (consumption_id), billed by the monthly run, or at once when invoice_now (invoice_id).
-- A booking of a space with no catalogue item is free: no price, no consumption.
ALTER TABLE booking
  ADD COLUMN discount_percent numeric(5,2) NOT NULL DEFAULT 0
    CHECK (discount_percent BETWEEN 0 AND 100),
  ADD COLUMN net_total        numeric(14,2),
  ADD COLUMN gross_total      numeric(14,2),
  ADD COLUMN currency         char(3),
  ADD COLUMN invoice_now      boolean NOT NULL DEFAULT false,
  ADD COLUMN consumption_id   bigint,
  ADD COLUMN invoice_id       bigint,
  ADD FOREIGN KEY (tenant_id, consumption_id) REFERENCES consumption (tenant_id, id),
  ADD FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id);

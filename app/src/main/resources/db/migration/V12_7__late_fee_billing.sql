-- Issue 13, collection: the late fees billed for an overdue invoice. Each billing covers the days
-- from period_from (the day after the due date, or after the previous billing's period_to) to
-- period_to; the primary key makes a second billing of the same invoice from the same day fail,
-- so a double click or two servers can never bill one period twice. The recovery indemnity is
-- billed with the first row only (indemnity > 0 there, 0 after).
CREATE TABLE late_fee_billing (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  invoice_id     bigint NOT NULL,
  period_from    date NOT NULL,
  period_to      date NOT NULL,
  penalty        numeric(14, 2) NOT NULL CHECK (penalty >= 0),
  indemnity      numeric(14, 2) NOT NULL CHECK (indemnity >= 0),
  fee_invoice_id bigint NOT NULL,
  billed_at      timestamptz NOT NULL DEFAULT now(),
  billed_by      varchar(120) NOT NULL,
  PRIMARY KEY (tenant_id, invoice_id, period_from),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, fee_invoice_id) REFERENCES invoice (tenant_id, id),
  CHECK (period_to >= period_from)
);
CREATE INDEX late_fee_billing_fee_invoice ON late_fee_billing (tenant_id, fee_invoice_id);
SELECT atrium_isolate('late_fee_billing');

-- The payers a billing run bills, written once when it opens: each chunk then reads the next page
-- of them by this key instead of scanning every contract of the centre again (which made a run of
-- 100,000 contracts quadratic). A resumed run reads the same list; each payer's due contracts and
-- consumptions are still checked when its chunk is billed, so nothing is billed twice.
CREATE TABLE billing_run_payer (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  billing_run_id bigint NOT NULL,
  payer_id       bigint NOT NULL,
  PRIMARY KEY (tenant_id, billing_run_id, payer_id),
  FOREIGN KEY (tenant_id, billing_run_id) REFERENCES billing_run (tenant_id, id) ON DELETE CASCADE
);
SELECT atrium_isolate('billing_run_payer');

-- Issue 13, billing runs: what a run needs to carry on without its starter (who started it, for
-- the audit written by a background thread; the date its invoices carry) and what it reports
-- (the amount and the first and last numbers issued; each contract or payer it had to skip).
ALTER TABLE billing_run
  ADD COLUMN started_by_id bigint,
  ADD COLUMN issue_date    date,
  ADD COLUMN amount        numeric(14, 2) NOT NULL DEFAULT 0,
  ADD COLUMN first_number  varchar(35),
  ADD COLUMN last_number   varchar(35),
  ADD COLUMN errors        integer NOT NULL DEFAULT 0,
  ADD FOREIGN KEY (tenant_id, started_by_id) REFERENCES staff_member (tenant_id, id);

-- A payer (company or member) the run skipped, and why: a mandatory fact missing on the buyer, say.
-- The rest of the run goes on; the payer is billed by a later run once completed.
CREATE TABLE billing_run_error (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  id             bigint NOT NULL,
  billing_run_id bigint NOT NULL,
  company_id     bigint,
  member_id      bigint,
  -- The payer's contracts the run would have billed, by reference, for the report.
  contracts      varchar(500),
  message_key    varchar(100) NOT NULL,
  version        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, billing_run_id) REFERENCES billing_run (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX billing_run_error_run ON billing_run_error (tenant_id, billing_run_id);
SELECT atrium_isolate('billing_run_error');

-- The run's list reads a centre's runs newest first.
CREATE INDEX billing_run_centre ON billing_run (tenant_id, centre_id, started_at);

-- A run left RUNNING by a server that died (its lease lapsed) is resumed by another: the scan runs
-- as the owner (SECURITY DEFINER) across tenants, ids only, as atrium_tenants_with_due_mail() does.
CREATE POLICY owner_reads_for_lapsed_scan ON billing_run FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION atrium_tenants_with_lapsed_billing_runs() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT tenant_id FROM billing_run
     WHERE status = 'RUNNING' AND (claimed_until IS NULL OR claimed_until <= now())
  $$;

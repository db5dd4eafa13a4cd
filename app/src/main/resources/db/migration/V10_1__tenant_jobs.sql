-- Jobs that run once (issue 11): with several servers on one database, each tenant's scheduled job
-- (no-show sweep, retention purge, ticket auto-close, and the billing and booking jobs to come) is
-- run by one server per period. One row per tenant and job is the claim: a job whose work is one
-- transaction locks its row FOR UPDATE SKIP LOCKED for that transaction (a server that dies rolls
-- back and lets go of it with its connection); a job that commits in batches takes a lease
-- (claimed_by, claimed_until), renewed between batches, which lapses if its server dies.
CREATE TABLE tenant_job (
  tenant_id        bigint NOT NULL REFERENCES tenant (id),
  job              varchar(60) NOT NULL CHECK (job ~ '^[a-z][a-z0-9.-]{1,59}$'),
  -- The last run that completed: the period counts from its start, on the database's clock.
  last_started_at  timestamptz,
  last_finished_at timestamptz,
  last_server      varchar(120),
  -- A batched job's run in progress, and its lease; a lapsed lease is free to take over.
  claimed_by       varchar(120),
  claimed_at       timestamptz,
  claimed_until    timestamptz,
  last_failed_at   timestamptz,
  last_error       varchar(500),
  PRIMARY KEY (tenant_id, job),
  CHECK ((claimed_by IS NULL) = (claimed_until IS NULL) AND (claimed_by IS NULL) = (claimed_at IS NULL))
);
SELECT atrium_isolate('tenant_job');

-- The scan below runs as the owner (SECURITY DEFINER), for which row-level security is forced too:
-- it may read every tenant's job rows, as atrium_tenants_with_due_mail() reads the outbox.
CREATE POLICY owner_reads_for_due_scan ON tenant_job FOR SELECT TO CURRENT_USER USING (true);

-- The active tenants whose job is due, longest waiting first, in a platform transaction (which
-- sees the tenant registry): ids only, each then claimed in a transaction bound to its tenant. A
-- tenant's first run comes one period after it was created: a new operator has nothing past to
-- sweep, close or purge yet. has_row tells whether the claim row must be made first.
CREATE FUNCTION atrium_tenants_due(job_name varchar, period_ms bigint)
  RETURNS TABLE (tenant_id bigint, has_row boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT t.id, j.tenant_id IS NOT NULL FROM tenant t
      LEFT JOIN tenant_job j ON j.tenant_id = t.id AND j.job = job_name
     WHERE t.status = 'ACTIVE'
       AND coalesce(j.last_started_at, t.created_at) <= now() - period_ms * interval '1 millisecond'
       AND (j.claimed_until IS NULL OR j.claimed_until <= now())
     ORDER BY coalesce(j.last_started_at, t.created_at), t.id
  $$;

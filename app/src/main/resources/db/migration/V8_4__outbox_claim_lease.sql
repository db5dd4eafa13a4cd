-- Mail is sent outside any transaction: a worker claims it for a lease (claimed_until) and
-- commits, talks to SMTP holding no lock, then records the outcome in a new transaction. A claim
-- left by a crashed worker lapses with its lease, and the mail is due again.
ALTER TABLE outbox_mail ADD COLUMN claimed_until timestamptz;

-- CAPTURED: kept on the Sent mail page because no SMTP server is configured; never delivered,
-- so not SENT.
ALTER TABLE outbox_mail DROP CONSTRAINT outbox_mail_status_check;
ALTER TABLE outbox_mail ADD CONSTRAINT outbox_mail_status_check
  CHECK (status IN ('PENDING', 'SENT', 'CAPTURED', 'FAILED'));

CREATE OR REPLACE FUNCTION atrium_tenants_with_due_mail() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT tenant_id FROM outbox_mail
     WHERE status = 'PENDING' AND next_attempt_at <= now()
       AND (claimed_until IS NULL OR claimed_until <= now())
  $$;

-- ---------------------------------------------------------------------------------------------
-- Issue 14, 000 workflow 4 step 3: a day pass gets door and Wi-Fi access for its day as a booking
-- does for its time ("Give Access" when the automatic provisioning did not complete), and a
-- temporary card lent for the day, deactivated by itself when the pass expires. A grant or a loan
-- belongs to a booking or to a day pass, never both.
ALTER TABLE access_grant ALTER COLUMN booking_id DROP NOT NULL,
  ADD COLUMN day_pass_id bigint,
  ADD FOREIGN KEY (tenant_id, day_pass_id) REFERENCES day_pass (tenant_id, id),
  ADD CONSTRAINT access_grant_one_subject CHECK ((booking_id IS NULL) <> (day_pass_id IS NULL)),
  ADD CONSTRAINT access_grant_day_pass_system UNIQUE (tenant_id, day_pass_id, system);

ALTER TABLE card_loan ALTER COLUMN booking_id DROP NOT NULL,
  ADD COLUMN day_pass_id bigint,
  ADD FOREIGN KEY (tenant_id, day_pass_id) REFERENCES day_pass (tenant_id, id),
  ADD CONSTRAINT card_loan_one_subject CHECK ((booking_id IS NULL) <> (day_pass_id IS NULL));
CREATE INDEX card_loan_day_pass ON card_loan (tenant_id, day_pass_id) WHERE day_pass_id IS NOT NULL;

CREATE POLICY owner_reads_for_access_scan ON day_pass FOR SELECT TO CURRENT_USER USING (true);

CREATE OR REPLACE FUNCTION atrium_tenants_with_due_access() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT g.tenant_id FROM access_grant g
      LEFT JOIN booking b ON b.tenant_id = g.tenant_id AND b.id = g.booking_id
      LEFT JOIN day_pass p ON p.tenant_id = g.tenant_id AND p.id = g.day_pass_id
     WHERE (g.status IN ('PENDING', 'FAILED') AND g.attempts < 5 AND g.next_attempt_at <= now()
            AND g.valid_until > now() AND coalesce(b.status, p.status) = 'CONFIRMED')
        OR (g.status <> 'REVOKED'
            AND (g.valid_until <= now() OR coalesce(b.status, p.status) = 'CANCELLED'))
  $$;

CREATE OR REPLACE FUNCTION atrium_tenants_with_due_loans() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT l.tenant_id FROM card_loan l
      LEFT JOIN booking b ON b.tenant_id = l.tenant_id AND b.id = l.booking_id
      LEFT JOIN day_pass p ON p.tenant_id = l.tenant_id AND p.id = l.day_pass_id
     WHERE l.ended_at IS NULL
       AND (l.ends_at <= now() OR coalesce(b.status, p.status) = 'CANCELLED')
  $$;

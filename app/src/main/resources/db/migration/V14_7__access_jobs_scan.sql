-- ---------------------------------------------------------------------------------------------
-- The access jobs (door and Wi-Fi provisioning, card loans) run often, so they run only for the
-- tenants with work, found by one scan across tenants, as the outbox does: the scan runs as the
-- schema owner (SECURITY DEFINER), ids only, and the owner may read these tables for it (row-level
-- security is forced on the owner too). The application role still sees only its tenant.
CREATE POLICY owner_reads_for_access_scan ON access_grant FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY owner_reads_for_access_scan ON card_loan FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY owner_reads_for_access_scan ON booking FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION atrium_tenants_with_due_access() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT g.tenant_id FROM access_grant g
      JOIN booking b ON b.tenant_id = g.tenant_id AND b.id = g.booking_id
     WHERE (g.status IN ('PENDING', 'FAILED') AND g.attempts < 5 AND g.next_attempt_at <= now()
            AND g.valid_until > now() AND b.status = 'CONFIRMED')
        OR (g.status <> 'REVOKED' AND (g.valid_until <= now() OR b.status = 'CANCELLED'))
  $$;

CREATE FUNCTION atrium_tenants_with_due_loans() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT l.tenant_id FROM card_loan l
      JOIN booking b ON b.tenant_id = l.tenant_id AND b.id = l.booking_id
     WHERE l.ended_at IS NULL AND (l.ends_at <= now() OR b.status = 'CANCELLED')
  $$;

-- ---------------------------------------------------------------------------------------------
-- The provisioning job runs after every commit that queues or ends access, and every 10 s. Its
-- scans looked for grants to revoke by joining every grant not yet revoked to its booking or day
-- pass ("time over, or cancelled"): a scan of all of them, growing with every booking (B1 showed it
-- as PostgreSQL's busiest query). Cancelling a booking or a day pass now ends its grants in the
-- same transaction (access.Provisioning), so "to revoke" is only "not revoked, time over": an
-- index range over the few grants due.
CREATE INDEX access_grant_to_revoke ON access_grant (valid_until, tenant_id)
  WHERE status <> 'REVOKED';

CREATE OR REPLACE FUNCTION atrium_tenants_with_due_access() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT g.tenant_id FROM access_grant g
      LEFT JOIN booking b ON b.tenant_id = g.tenant_id AND b.id = g.booking_id
      LEFT JOIN day_pass p ON p.tenant_id = g.tenant_id AND p.id = g.day_pass_id
     WHERE g.status IN ('PENDING', 'FAILED') AND g.attempts < 5 AND g.next_attempt_at <= now()
       AND g.valid_until > now()
       AND (g.card_id IS NOT NULL OR coalesce(b.status, p.status) = 'CONFIRMED')
    UNION
    SELECT g.tenant_id FROM access_grant g WHERE g.status <> 'REVOKED' AND g.valid_until <= now()
  $$;

-- Grants of bookings and day passes cancelled before this migration end now, as cancelling does
-- from now on; the next run revokes them.
SELECT atrium_each_tenant($$
  UPDATE access_grant g
     SET valid_from = least(g.valid_from, now() - interval '1 millisecond'),
         valid_until = now(), updated_at = now()
   WHERE g.status <> 'REVOKED' AND g.valid_until > now()
     AND (EXISTS (SELECT 1 FROM booking b WHERE b.tenant_id = g.tenant_id
                  AND b.id = g.booking_id AND b.status = 'CANCELLED')
          OR EXISTS (SELECT 1 FROM day_pass p WHERE p.tenant_id = g.tenant_id
                     AND p.id = g.day_pass_id AND p.status = 'CANCELLED'))
$$);

-- ---------------------------------------------------------------------------------------------
-- The provisioning job runs after every commit that queues access. Under a burst of bookings the
-- grants due pile up faster than the job makes them (B1: 1,070 waiting at the end of a run), and
-- both of its scans joined every waiting grant to its booking before they could answer: which
-- tenants have work (16 ms a call during B1) and which 50 grants come next (8.7 ms), the busiest
-- statements after the bookings' own. PostgreSQL guessed that few waiting grants belong to a
-- confirmed booking, so it hashed the tenant's whole booking table rather than walk the grants
-- in order and stop at the 50th.
--
-- Now the grants due are walked in the job's order by an index that holds it (next try, then
-- id), and a grant's booking or pass is looked up by its key only when the grant is reached; the
-- tenants' scan reads the waiting grants' tenants from the index alone and, for each, stops at
-- its first grant the job can make.
CREATE INDEX access_grant_next ON access_grant (tenant_id, next_attempt_at, id)
  WHERE status IN ('PENDING', 'FAILED');
DROP INDEX access_grant_due;

CREATE OR REPLACE FUNCTION atrium_tenants_with_due_access() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT waiting.tenant_id
      FROM (SELECT DISTINCT g.tenant_id FROM access_grant g
             WHERE g.status IN ('PENDING', 'FAILED') AND g.next_attempt_at <= now()) waiting
      CROSS JOIN LATERAL (
        SELECT 1 FROM access_grant g
         WHERE g.tenant_id = waiting.tenant_id
           AND g.status IN ('PENDING', 'FAILED') AND g.attempts < 5
           AND g.next_attempt_at <= now() AND g.valid_until > now()
           AND (g.card_id IS NOT NULL
                OR coalesce((SELECT b.status FROM booking b
                              WHERE b.tenant_id = g.tenant_id AND b.id = g.booking_id),
                            (SELECT p.status FROM day_pass p
                              WHERE p.tenant_id = g.tenant_id AND p.id = g.day_pass_id))
                   = 'CONFIRMED')
         LIMIT 1) makeable
    UNION
    SELECT g.tenant_id FROM access_grant g WHERE g.status <> 'REVOKED' AND g.valid_until <= now()
  $$;

-- ---------------------------------------------------------------------------------------------
-- Issue 14, 000 Access Control: a card opens the doors while it is given to a person or lent for
-- a booking or a day pass. The door controller then knows the card's number as the holder's
-- credential: a DOOR grant of the card, made by the provisioning job as a booking's are. When the
-- card is lost, deactivated, taken back or its loan ends, the grant's validity ends at once and
-- the job revokes the credential within seconds. A grant belongs to exactly one of a booking, a
-- day pass or a card.
ALTER TABLE access_grant ADD COLUMN card_id bigint,
  ADD FOREIGN KEY (tenant_id, card_id) REFERENCES access_card (tenant_id, id),
  DROP CONSTRAINT access_grant_one_subject,
  ADD CONSTRAINT access_grant_one_subject CHECK (num_nonnulls(booking_id, day_pass_id, card_id) = 1),
  ADD CONSTRAINT access_grant_card_door CHECK (card_id IS NULL OR system = 'DOOR');
CREATE INDEX access_grant_card ON access_grant (tenant_id, card_id) WHERE card_id IS NOT NULL;

CREATE OR REPLACE FUNCTION atrium_tenants_with_due_access() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT g.tenant_id FROM access_grant g
      LEFT JOIN booking b ON b.tenant_id = g.tenant_id AND b.id = g.booking_id
      LEFT JOIN day_pass p ON p.tenant_id = g.tenant_id AND p.id = g.day_pass_id
     WHERE (g.status IN ('PENDING', 'FAILED') AND g.attempts < 5 AND g.next_attempt_at <= now()
            AND g.valid_until > now()
            AND (g.card_id IS NOT NULL OR coalesce(b.status, p.status) = 'CONFIRMED'))
        OR (g.status <> 'REVOKED'
            AND (g.valid_until <= now() OR coalesce(b.status, p.status) = 'CANCELLED'))
  $$;

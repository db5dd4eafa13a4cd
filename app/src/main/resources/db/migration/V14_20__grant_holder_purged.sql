-- A visitor's door and Wi-Fi grants forget the visitor's name when reception's retention purge
-- blanks the visitor (access.BookingVisitors#purged): the grant stays, with no holder.
ALTER TABLE access_grant ALTER COLUMN holder DROP NOT NULL;

-- Grants of visitors purged before this migration forget their names now, tenant by tenant (row
-- security is forced on the owner too, so each tenant is bound in turn, locally to this
-- transaction).
DO $$
DECLARE
  t bigint;
BEGIN
  PERFORM set_config('atrium.platform', 'on', true);
  FOR t IN SELECT id FROM tenant LOOP
    PERFORM set_config('atrium.tenant_id', t::text, true);
    UPDATE access_grant g SET holder = NULL
      FROM visitor v
     WHERE v.tenant_id = g.tenant_id AND v.id = g.visitor_id AND v.purged_at IS NOT NULL;
  END LOOP;
  PERFORM set_config('atrium.tenant_id', '', true);
  PERFORM set_config('atrium.platform', '', true);
END $$;

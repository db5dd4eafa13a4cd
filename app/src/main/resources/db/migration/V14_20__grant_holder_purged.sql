-- A visitor's door and Wi-Fi grants forget the visitor's name when reception's retention purge
-- blanks the visitor (access.BookingVisitors#purged): the grant stays, with no holder.
ALTER TABLE access_grant ALTER COLUMN holder DROP NOT NULL;

-- For migrations that correct rows: runs the statement once per tenant, bound to it (row security
-- is forced on the owner too), locally to the migration's transaction. Not the application's.
CREATE FUNCTION atrium_each_tenant(statement text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t bigint;
BEGIN
  PERFORM set_config('atrium.platform', 'on', true);
  FOR t IN SELECT id FROM tenant LOOP
    PERFORM set_config('atrium.tenant_id', t::text, true);
    EXECUTE statement;
  END LOOP;
  PERFORM set_config('atrium.tenant_id', '', true);
  PERFORM set_config('atrium.platform', '', true);
END $$;
REVOKE EXECUTE ON FUNCTION atrium_each_tenant(text) FROM PUBLIC;

-- Grants of visitors purged before this migration forget their names now.
SELECT atrium_each_tenant($$
  UPDATE access_grant g SET holder = NULL
    FROM visitor v
   WHERE v.tenant_id = g.tenant_id AND v.id = g.visitor_id AND v.purged_at IS NOT NULL
$$);

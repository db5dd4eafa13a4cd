-- ---------------------------------------------------------------------------------------------
-- The frozen-lines guard of V14_22 still called atrium_issued_invoice_frozen once per inserted
-- line: PostgreSQL pushes the function's condition below the DISTINCT, so each of a billing run's
-- 30,000 lines ran the function's own query (B2 with pg_stat_statements, 10,000 contracts: 30,008
-- calls, 0.41 s of the run's 4.1 s of database time). The same test is now one join of the
-- statement's lines with their invoices, with this transaction's id read once. An invoice issued in
-- this transaction still takes lines (its row's xmin is this transaction); row security still
-- limits the join to the caller's tenant, as it limited the function.
CREATE OR REPLACE FUNCTION atrium_refuse_lines_added_to_issued() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  this_transaction bigint := (pg_current_xact_id()::text::numeric % 4294967296)::bigint;
BEGIN
  IF EXISTS (SELECT 1 FROM added_lines a
               JOIN invoice i ON i.tenant_id = a.tenant_id AND i.id = a.invoice_id
              WHERE i.status = 'ISSUED' AND i.xmin::text::bigint <> this_transaction) THEN
    RAISE EXCEPTION 'the lines of an issued invoice cannot be changed' USING ERRCODE = 'AT001';
  END IF;
  RETURN NULL;
END $$;

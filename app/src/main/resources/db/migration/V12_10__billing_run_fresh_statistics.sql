-- A billing run makes thousands of invoices and lines in minutes; a pooled connection keeps the
-- generic plan it chose for a key lookup (the foreign key and issued-invoice checks of every line)
-- when the invoice table was nearly empty, a scan, until the table's statistics change. Measured
-- in B2 on a new database: that connection's chunks got slower with every chunk (0.4 s, then 2 s,
-- then 5 s for 3,000 lines). The run analyses these tables when it opens, which makes every
-- connection plan those lookups again; MAINTAIN lets the application's role analyse them
-- (PostgreSQL 17 and later; on older servers the run's ANALYZE skips them with a warning, and
-- autovacuum's own analysis does it later).
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 170000 THEN
    EXECUTE 'GRANT MAINTAIN ON invoice, invoice_line, contract_billing TO ${appRole}';
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- A contract's page lists the consumptions recorded on it, and no index held them: PostgreSQL
-- read every consumption of every tenant, a table that grows by one row a paid booking (5.6 ms
-- warm and 42 ms from disk at 49,000 consumptions after a B1 run). By the contract's key, newest
-- first as the page shows them.
CREATE INDEX consumption_contract ON consumption (tenant_id, contract_id, consumed_on)
  WHERE contract_id IS NOT NULL;

-- The database's scale path (app/ARCHITECTURE.md): Citus can distribute a table by tenant_id only
-- if every unique key of it includes tenant_id, as each shard checks uniqueness on its own rows.
-- Primary and foreign keys already lead with tenant_id (V2 onwards); these five secret hashes were
-- unique across all tenants. Every lookup of them runs with a tenant bound (EclipseLink adds
-- tenant_id = ? and row-level security hides other tenants' rows), so per-tenant uniqueness is all
-- the application relies on, and the new index serves those lookups as the old one did.
-- Tables are small today; on a large table, build the index CONCURRENTLY first and attach it with
-- ADD CONSTRAINT … UNIQUE USING INDEX (outside Flyway's transaction).
ALTER TABLE account_token
  DROP CONSTRAINT account_token_token_hash_key,
  ADD CONSTRAINT account_token_token_hash_key UNIQUE (tenant_id, token_hash);

ALTER TABLE refresh_token
  DROP CONSTRAINT refresh_token_token_hash_key,
  ADD CONSTRAINT refresh_token_token_hash_key UNIQUE (tenant_id, token_hash);

ALTER TABLE visitor
  DROP CONSTRAINT visitor_check_in_token_hash_key,
  ADD CONSTRAINT visitor_check_in_token_hash_key UNIQUE (tenant_id, check_in_token_hash);

ALTER TABLE kiosk_device
  DROP CONSTRAINT kiosk_device_pairing_code_hash_key,
  ADD CONSTRAINT kiosk_device_pairing_code_hash_key UNIQUE (tenant_id, pairing_code_hash),
  DROP CONSTRAINT kiosk_device_token_hash_key,
  ADD CONSTRAINT kiosk_device_token_hash_key UNIQUE (tenant_id, token_hash);

-- Refresh-token families (RFC 9700 §4.14.2): every token rotated from one sign-in shares its
-- family, so the reuse of a spent token, or a sign-out, revokes the whole chain, successor included.
-- A token written without one (those from before) is a family of its own.
ALTER TABLE refresh_token ADD COLUMN family varchar(36) NOT NULL DEFAULT gen_random_uuid()::text;
ALTER TABLE refresh_token ADD COLUMN revoked_at timestamptz;
CREATE INDEX refresh_token_family ON refresh_token (tenant_id, family);

-- Sign-in throttling, before any tenant is known: one row per source address and one per
-- (source address, workspace, e-mail), named by the SHA-256 of that key so neither addresses nor
-- e-mails are kept in clear. Unknown accounts get rows like real ones: the answers do not differ.
CREATE TABLE sign_in_throttle (
  key_hash        char(64) PRIMARY KEY,
  failures        integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  blocked_until   timestamptz
);
CREATE INDEX sign_in_throttle_age ON sign_in_throttle (last_failure_at);

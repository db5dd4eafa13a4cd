-- Audit log: who did what to which row of a tenant, append-only and tamper-evident.
-- Each tenant's entries form one hash chain: seq runs 1, 2, 3... without gaps, and each entry's hash
-- is the SHA-256 of its fields and the previous entry's hash (the canonical form is documented in
-- io.atrium.audit.AuditHash, and computed there). The application appends and reads; it can neither
-- change nor remove an entry. A row rewritten with the owner's rights breaks the chain at its seq,
-- which the application's verify action reports.

CREATE TABLE audit_entry (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  seq         bigint NOT NULL CHECK (seq >= 1),
  occurred_at timestamptz NOT NULL,
  actor_kind  varchar(6) NOT NULL CHECK (actor_kind IN ('STAFF', 'MEMBER', 'SYSTEM', 'API')),
  actor_id    bigint,
  actor_name  varchar(120),
  -- No foreign keys to centres or people: the log outlives what it describes.
  centre_id   bigint,
  entity_type varchar(60) NOT NULL,
  entity_id   varchar(64) NOT NULL,
  action      varchar(40) NOT NULL CHECK (action ~ '^[A-Z][A-Z_]*$'),
  changes     jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'object'),
  request_id  varchar(64),
  prev_hash   char(64) NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash        char(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (tenant_id, id),
  -- One entry per place in the chain: even a writer that skipped the lock could not fork it.
  UNIQUE (tenant_id, seq)
);
CREATE INDEX audit_entry_entity ON audit_entry (tenant_id, entity_type, entity_id, seq);
CREATE INDEX audit_entry_occurred ON audit_entry (tenant_id, occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (tenant_id, actor_kind, actor_id);
SELECT atrium_isolate('audit_entry');

-- V1's default privileges gave the application role UPDATE and DELETE on every new table.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${appRole};

-- Kiosk devices (issue 10): a tablet at a centre's entrance, paired once by a one-time code that
-- staff hand out, then known by a long-lived device token kept in its cookie. Only SHA-256 hashes
-- of the code and the token are stored, so a copy of the database pairs nothing and lets no kiosk in.
CREATE TABLE kiosk_device (
  tenant_id           bigint NOT NULL REFERENCES tenant (id),
  id                  bigint NOT NULL,
  centre_id           bigint NOT NULL,
  name                varchar(80) NOT NULL,
  pairing_code_hash   char(64) UNIQUE,
  pairing_expires_at  timestamptz,
  token_hash          char(64) UNIQUE,
  created_by_id       bigint NOT NULL,
  created_by_name     varchar(120) NOT NULL,
  created_at          timestamptz NOT NULL,
  paired_at           timestamptz,
  last_seen_at        timestamptz,
  revoked_at          timestamptz,
  revoked_by_id       bigint,
  revoked_by_name     varchar(120),
  version             bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, revoked_by_id) REFERENCES staff_member (tenant_id, id),
  -- Paired devices have spent their code; a code waits only until it expires.
  CHECK (token_hash IS NULL OR pairing_code_hash IS NULL),
  CHECK (pairing_code_hash IS NULL OR pairing_expires_at IS NOT NULL)
);
CREATE INDEX kiosk_device_centre ON kiosk_device (tenant_id, centre_id, created_at);
SELECT atrium_isolate('kiosk_device');

-- A kiosk is an actor of the audit log: its check-ins and its pairing are its own acts.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_actor_kind_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_actor_kind_check
  CHECK (actor_kind IN ('STAFF', 'MEMBER', 'SYSTEM', 'API', 'KIOSK'));

-- ---------------------------------------------------------------------------------------------
-- Issue 14: door and Wi-Fi access for a booking (000 workflow 3 step 4, workflow 4 step 3). When
-- a booking is confirmed, one grant per system (DOOR: the door controller, WIFI: the captive
-- portal) is queued PENDING in the same transaction; the provisioning job creates the credential
-- through the configured system (built-in, COSEC-style doors, a Wi-Fi voucher API) and marks it
-- ACTIVE with what to show the holder, or FAILED with the reason (retried, and by "Give Access");
-- at the booking's end, or when it is cancelled, the job revokes it (REVOKED). The reference sent
-- to the system is the grant's own, so a retry never creates a second credential.
CREATE TABLE access_grant (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  centre_id       bigint NOT NULL,
  booking_id      bigint NOT NULL,
  system          varchar(4) NOT NULL CHECK (system IN ('DOOR', 'WIFI')),
  provider        varchar(12),
  holder          varchar(200) NOT NULL,
  valid_from      timestamptz NOT NULL,
  valid_until     timestamptz NOT NULL,
  status          varchar(8) NOT NULL DEFAULT 'PENDING'
                    CHECK (status IN ('PENDING', 'ACTIVE', 'FAILED', 'REVOKED')),
  external_id     varchar(120),
  credential      varchar(120),
  failure         varchar(300),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, booking_id, system),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id),
  CHECK (valid_until > valid_from)
);
CREATE INDEX access_grant_due ON access_grant (tenant_id, next_attempt_at)
  WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX access_grant_active ON access_grant (tenant_id, valid_until) WHERE status = 'ACTIVE';
CREATE INDEX access_grant_centre ON access_grant (tenant_id, centre_id, created_at);
SELECT atrium_isolate('access_grant');

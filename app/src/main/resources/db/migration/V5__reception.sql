-- Reception: visitors invited by members or staff, their arrival, the host's decision, check-in and
-- check-out; the tenant's retention setting; and attachments for outbox mails (the visitor's QR
-- code and calendar file), which the notifications capability delivers.

CREATE TABLE outbox_mail_attachment (
  tenant_id    bigint NOT NULL REFERENCES tenant (id),
  id           bigint NOT NULL,
  mail_id      bigint NOT NULL,
  position     integer NOT NULL DEFAULT 0,
  file_name    varchar(120) NOT NULL,
  content_type varchar(120) NOT NULL,
  content      bytea NOT NULL,
  version      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  -- Cascade: clearing an outbox (tests, a future clean-up job) takes the attachments along.
  FOREIGN KEY (tenant_id, mail_id) REFERENCES outbox_mail (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX outbox_mail_attachment_mail ON outbox_mail_attachment (tenant_id, mail_id, position);
SELECT atrium_isolate('outbox_mail_attachment');

-- Personal fields (full_name ... check_in_token_hash) are blanked by the retention purge
-- (purged_at set); state, dates, timestamps, centre and host stay, as anonymised counts.
CREATE TABLE visitor (
  tenant_id           bigint NOT NULL REFERENCES tenant (id),
  id                  bigint NOT NULL,
  centre_id           bigint NOT NULL,
  host_id             bigint NOT NULL,
  host_company_id     bigint,
  host_name           varchar(120) NOT NULL,
  invited_by_kind     varchar(6) NOT NULL CHECK (invited_by_kind IN ('STAFF', 'MEMBER')),
  invited_by_id       bigint NOT NULL,
  invited_by_name     varchar(120) NOT NULL,
  full_name           varchar(120),
  email               varchar(254),
  phone               varchar(30),
  company_name        varchar(200),
  purpose             varchar(300),
  notes               varchar(2000),
  expected_date       date NOT NULL,
  visit_time          time NOT NULL,
  walk_in             boolean NOT NULL DEFAULT false,
  state               varchar(11) NOT NULL DEFAULT 'EXPECTED'
                      CHECK (state IN ('EXPECTED', 'ARRIVED', 'APPROVED', 'DECLINED', 'CHECKED_IN',
                                       'CHECKED_OUT', 'NO_SHOW')),
  check_in_token_hash char(64) UNIQUE,
  token_used_at       timestamptz,
  invited_at          timestamptz NOT NULL DEFAULT now(),
  arrived_at          timestamptz,
  decided_at          timestamptz,
  decided_by_id       bigint,
  checked_in_at       timestamptz,
  checked_out_at      timestamptz,
  no_show_at          timestamptz,
  purged_at           timestamptz,
  version             bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, host_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, host_company_id) REFERENCES company (tenant_id, id),
  CHECK (purged_at IS NOT NULL OR full_name IS NOT NULL)
);
-- The reception dashboard: one centre, one day, by time; the state for the counts from the index.
CREATE INDEX visitor_day ON visitor (tenant_id, centre_id, expected_date, visit_time, id) INCLUDE (state);
CREATE INDEX visitor_host ON visitor (tenant_id, host_id, expected_date);
CREATE INDEX visitor_host_company ON visitor (tenant_id, host_company_id, expected_date);
CREATE INDEX visitor_invited_by ON visitor (tenant_id, invited_by_kind, invited_by_id);
-- The retention purge and the no-show sweep look for old rows not yet handled.
CREATE INDEX visitor_retention ON visitor (tenant_id, expected_date) WHERE purged_at IS NULL;
CREATE INDEX visitor_expected ON visitor (tenant_id, expected_date) WHERE state = 'EXPECTED';
SELECT atrium_isolate('visitor');

-- One row per tenant at most; no row means the defaults.
CREATE TABLE reception_setting (
  tenant_id               bigint NOT NULL REFERENCES tenant (id),
  id                      bigint NOT NULL,
  visitor_retention_days  integer NOT NULL DEFAULT 365 CHECK (visitor_retention_days BETWEEN 1 AND 3650),
  version                 bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
SELECT atrium_isolate('reception_setting');

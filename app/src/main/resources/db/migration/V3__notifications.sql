-- Outbox: messages written in the same transaction as the change that causes them, delivered
-- after commit by a background worker with retries. In-app notifications for the bell.

CREATE TABLE outbox_mail (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  to_email        varchar(254) NOT NULL,
  to_name         varchar(120),
  language        varchar(2) NOT NULL,
  template        varchar(60) NOT NULL,
  subject         varchar(300) NOT NULL,
  body            text NOT NULL,
  status          varchar(8) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      varchar(500),
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_mail_due ON outbox_mail (next_attempt_at) WHERE status = 'PENDING';
SELECT atrium_isolate('outbox_mail');

CREATE TABLE notification (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  id             bigint NOT NULL,
  recipient_kind varchar(6) NOT NULL CHECK (recipient_kind IN ('STAFF', 'MEMBER')),
  recipient_id   bigint NOT NULL,
  title          varchar(300) NOT NULL,
  body           varchar(2000),
  link           varchar(500),
  created_at     timestamptz NOT NULL DEFAULT now(),
  read_at        timestamptz,
  pushed         boolean NOT NULL DEFAULT false,
  version        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX notification_recipient ON notification (tenant_id, recipient_kind, recipient_id, created_at DESC);
SELECT atrium_isolate('notification');

-- The delivery worker must find which tenants have mail due without seeing any tenant's rows.
CREATE FUNCTION atrium_tenants_with_due_mail() RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT tenant_id FROM outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= now()
  $$;

-- Helpdesk: support tickets of a centre, their comments, attachments and activity, the per-centre
-- number counter, and the tenant's helpdesk settings (reopen window, support managers, SLA targets).

-- One row per centre that has had a ticket: the last number given. Taken with an upsert that
-- returns the new value, so concurrent creations queue on the row and a rollback gives it back.
CREATE TABLE ticket_counter (
  tenant_id   bigint NOT NULL DEFAULT atrium_current_tenant() REFERENCES tenant (id),
  id          bigint NOT NULL DEFAULT nextval('atrium_id_seq'),
  centre_id   bigint NOT NULL,
  last_number integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, centre_id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
SELECT atrium_isolate('ticket_counter');

CREATE TABLE ticket (
  tenant_id           bigint NOT NULL REFERENCES tenant (id),
  id                  bigint NOT NULL,
  centre_id           bigint NOT NULL,
  seq                 integer NOT NULL CHECK (seq > 0),
  number              varchar(20) NOT NULL,
  type                varchar(30) NOT NULL CHECK (type IN ('ACCESS', 'ACCOUNT_BILLING', 'BOOKINGS',
                        'CLEANING', 'DISCRIMINATION_HARASSMENT', 'INTERNET', 'MAIL_PACKAGES',
                        'NOISE_ACOUSTICS', 'PRINTING', 'REPAIR_MAINTENANCE',
                        'TEMPERATURE_VENTILATION', 'WEBSITE_APP', 'OTHER')),
  priority            varchar(6) NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  title               varchar(120) NOT NULL,
  description         varchar(5000) NOT NULL,
  status              varchar(11) NOT NULL CHECK (status IN ('NEW', 'IN_PROGRESS', 'SOLVED', 'CLOSED')),
  escalation_level    smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 3),
  requester_member_id bigint,
  requester_staff_id  bigint,
  company_id          bigint,
  assignee_id         bigint,
  created_at          timestamptz NOT NULL,
  first_response_due  timestamptz NOT NULL,
  resolution_due      timestamptz NOT NULL,
  first_response_at   timestamptz,
  solved_at           timestamptz,
  closed_at           timestamptz,
  version             bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, centre_id, seq),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, requester_member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, requester_staff_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, assignee_id) REFERENCES staff_member (tenant_id, id),
  CHECK ((requester_member_id IS NULL) <> (requester_staff_id IS NULL)),
  CHECK (status <> 'NEW' OR assignee_id IS NULL),
  CHECK (status <> 'IN_PROGRESS' OR assignee_id IS NOT NULL)
);
CREATE INDEX ticket_queue ON ticket (tenant_id, centre_id, status, created_at DESC);
CREATE INDEX ticket_requester ON ticket (tenant_id, requester_member_id);
CREATE INDEX ticket_company ON ticket (tenant_id, company_id);
CREATE INDEX ticket_solved ON ticket (tenant_id, solved_at) WHERE status = 'SOLVED';
SELECT atrium_isolate('ticket');

-- Comments of staff and requesters; internal notes are for staff only.
CREATE TABLE ticket_comment (
  tenant_id        bigint NOT NULL REFERENCES tenant (id),
  id               bigint NOT NULL,
  ticket_id        bigint NOT NULL,
  author_staff_id  bigint,
  author_member_id bigint,
  body             varchar(5000) NOT NULL,
  internal         boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL,
  version          bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id),
  FOREIGN KEY (tenant_id, author_staff_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, author_member_id) REFERENCES member (tenant_id, id),
  CHECK ((author_staff_id IS NULL) <> (author_member_id IS NULL)),
  CHECK (NOT internal OR author_staff_id IS NOT NULL)
);
CREATE INDEX ticket_comment_ticket ON ticket_comment (tenant_id, ticket_id, created_at);
SELECT atrium_isolate('ticket_comment');

-- Photos and videos of a ticket or of one of its comments; the file lives in the FileStore.
CREATE TABLE ticket_attachment (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  ticket_id     bigint NOT NULL,
  comment_id    bigint,
  file_key      varchar(80) NOT NULL,
  kind          varchar(10) NOT NULL,
  size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
  original_name varchar(200) NOT NULL,
  created_at    timestamptz NOT NULL,
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, file_key),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id),
  FOREIGN KEY (tenant_id, comment_id) REFERENCES ticket_comment (tenant_id, id)
);
CREATE INDEX ticket_attachment_ticket ON ticket_attachment (tenant_id, ticket_id);
SELECT atrium_isolate('ticket_attachment');

-- What happened to a ticket, who did it (no one: the system) and when.
CREATE TABLE ticket_activity (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  ticket_id       bigint NOT NULL,
  kind            varchar(14) NOT NULL CHECK (kind IN ('CREATED', 'ASSIGNED', 'STATUS_CHANGED',
                    'COMMENTED', 'NOTE_ADDED', 'ESCALATED', 'DEESCALATED', 'REOPENED')),
  actor_staff_id  bigint,
  actor_member_id bigint,
  detail          varchar(200),
  at              timestamptz NOT NULL,
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id),
  FOREIGN KEY (tenant_id, actor_staff_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, actor_member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX ticket_activity_ticket ON ticket_activity (tenant_id, ticket_id, at);
SELECT atrium_isolate('ticket_activity');

-- The tenant's helpdesk settings: one row, written by the settings page (defaults until then).
CREATE TABLE helpdesk_settings (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  reopen_days integer NOT NULL DEFAULT 7 CHECK (reopen_days BETWEEN 1 AND 90),
  version     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
SELECT atrium_isolate('helpdesk_settings');

-- SLA targets per ticket type, in hours; a type without a row uses the default of its enum.
CREATE TABLE ticket_sla_target (
  tenant_id            bigint NOT NULL REFERENCES tenant (id),
  id                   bigint NOT NULL,
  type                 varchar(30) NOT NULL,
  first_response_hours integer NOT NULL CHECK (first_response_hours BETWEEN 1 AND 2000),
  resolution_hours     integer NOT NULL CHECK (resolution_hours BETWEEN 1 AND 2000),
  version              bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, type),
  CHECK (resolution_hours >= first_response_hours)
);
SELECT atrium_isolate('ticket_sla_target');

-- The support managers of each centre: told of every new ticket and of its activity.
CREATE TABLE support_manager (
  tenant_id bigint NOT NULL REFERENCES tenant (id),
  id        bigint NOT NULL,
  centre_id bigint NOT NULL,
  staff_id  bigint NOT NULL,
  version   bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, centre_id, staff_id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id) ON DELETE CASCADE
);
SELECT atrium_isolate('support_manager');

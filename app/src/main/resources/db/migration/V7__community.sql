-- Community events (Évènements clients) and members' answers to them (RSVP).
-- Times are UTC instants; pages and e-mails show them in the centre's zone. The location is free
-- text until the catalogue has spaces: space_id is kept for the space it will then name, and gets
-- its composite foreign key (tenant_id, space_id) in the catalogue's migration.

CREATE TABLE community_event (
  tenant_id    bigint NOT NULL REFERENCES tenant (id),
  id           bigint NOT NULL,
  centre_id    bigint NOT NULL,
  title        varchar(150) NOT NULL,
  description  varchar(4000),
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  location     varchar(200) NOT NULL,
  space_id     bigint,
  capacity     integer NOT NULL CHECK (capacity > 0),
  cover_key    varchar(80),
  cover_type   varchar(40),
  cover_name   varchar(200),
  state        varchar(9) NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
  published_at timestamptz,
  cancelled_at timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  version      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  CHECK (ends_at > starts_at),
  CHECK ((cover_key IS NULL) = (cover_type IS NULL))
);
CREATE INDEX community_event_centre_start ON community_event (tenant_id, centre_id, starts_at);
SELECT atrium_isolate('community_event');

-- One answer per member and event: going, on the waitlist (ordered by answered_at), or cancelled.
CREATE TABLE event_rsvp (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  event_id      bigint NOT NULL,
  member_id     bigint NOT NULL,
  status        varchar(10) NOT NULL CHECK (status IN ('GOING', 'WAITLISTED', 'CANCELLED')),
  answered_at   timestamptz NOT NULL,
  checked_in_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, event_id, member_id),
  FOREIGN KEY (tenant_id, event_id) REFERENCES community_event (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CHECK (checked_in_at IS NULL OR status = 'GOING')
);
CREATE INDEX event_rsvp_queue ON event_rsvp (tenant_id, event_id, status, answered_at, id);
CREATE INDEX event_rsvp_member ON event_rsvp (tenant_id, member_id);
SELECT atrium_isolate('event_rsvp');

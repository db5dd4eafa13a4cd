-- ---------------------------------------------------------------------------------------------
-- Issue 14: bookings of meeting rooms, event spaces and bureaux de passage (000 workflow 3,
-- 001 §9). A booking holds its space from starts_at (included) to ends_at (excluded) while it is
-- pending approval or confirmed; the exclusion constraint refuses any second held booking of the
-- same space that overlaps it, whichever server writes it (SQLSTATE 23P01). btree_gist: V12_1.
-- The occurrences of a weekly booking share a series_id (the first occurrence's id).
CREATE TABLE booking (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  centre_id       bigint NOT NULL,
  space_id        bigint NOT NULL,
  company_id      bigint,
  member_id       bigint,
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  during          tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
  guests          integer NOT NULL DEFAULT 1 CHECK (guests BETWEEN 1 AND 10000),
  title           varchar(120),
  series_id       bigint,
  status          varchar(16) NOT NULL DEFAULT 'CONFIRMED'
                    CHECK (status IN ('PENDING_APPROVAL', 'CONFIRMED', 'CANCELLED')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by_id   bigint,
  cancelled_at    timestamptz,
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CHECK (ends_at > starts_at),
  CHECK ((company_id IS NULL) <> (member_id IS NULL)),
  CONSTRAINT booking_no_overlap EXCLUDE USING gist
    (tenant_id WITH =, space_id WITH =, during WITH &&)
    WHERE (status IN ('PENDING_APPROVAL', 'CONFIRMED'))
);
CREATE INDEX booking_centre_time ON booking (tenant_id, centre_id, starts_at);
CREATE INDEX booking_company ON booking (tenant_id, company_id) WHERE company_id IS NOT NULL;
CREATE INDEX booking_member ON booking (tenant_id, member_id) WHERE member_id IS NOT NULL;
CREATE INDEX booking_series ON booking (tenant_id, series_id) WHERE series_id IS NOT NULL;
SELECT atrium_isolate('booking');

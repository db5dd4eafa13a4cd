-- ---------------------------------------------------------------------------------------------
-- Issue 14: physical access cards (000 Access Control). Cards arrive by RFID import (card_import:
-- who imported which file into which centre, when), are AVAILABLE, may be distributed to a client
-- company (ASSIGNED_TO_COMPANY), whose administrator gives them to an employee
-- (ASSIGNED_TO_PERSON); a temporary card is LENT for a booking's time (card_loan) and comes back
-- AVAILABLE when the booking ends, whenever the job that ends loans runs; a card may be declared
-- LOST or DEACTIVATED. A card number is unique in a
-- tenant whatever its state: a lost card that turns up is the same card. Every change of state or
-- holder after the import is a row of access_card_event, the card's history.
CREATE TABLE card_import (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  centre_id       bigint NOT NULL,
  file_name       varchar(120),
  cards           integer NOT NULL CHECK (cards > 0),
  imported_at     timestamptz NOT NULL DEFAULT now(),
  imported_by_id  bigint,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
SELECT atrium_isolate('card_import');

CREATE TABLE access_card (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  centre_id       bigint NOT NULL,
  number          varchar(20) NOT NULL CHECK (number ~ '^[0-9]{1,20}$'),
  facility_code   integer CHECK (facility_code BETWEEN 0 AND 65535),
  kind            varchar(12) NOT NULL DEFAULT 'STANDARD' CHECK (kind IN ('STANDARD', 'TEMPORARY')),
  state           varchar(20) NOT NULL DEFAULT 'AVAILABLE'
                    CHECK (state IN ('AVAILABLE', 'ASSIGNED_TO_COMPANY', 'ASSIGNED_TO_PERSON',
                                     'LENT', 'LOST', 'DEACTIVATED')),
  company_id      bigint,
  member_id       bigint,
  import_id       bigint,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, import_id) REFERENCES card_import (tenant_id, id),
  CHECK (state <> 'ASSIGNED_TO_COMPANY' OR (company_id IS NOT NULL AND member_id IS NULL)),
  CHECK (state <> 'ASSIGNED_TO_PERSON' OR (company_id IS NOT NULL AND member_id IS NOT NULL)),
  CHECK (state <> 'AVAILABLE' OR (company_id IS NULL AND member_id IS NULL))
);
CREATE INDEX access_card_centre ON access_card (tenant_id, centre_id, state);
CREATE INDEX access_card_company ON access_card (tenant_id, company_id) WHERE company_id IS NOT NULL;
CREATE INDEX access_card_member ON access_card (tenant_id, member_id) WHERE member_id IS NOT NULL;
SELECT atrium_isolate('access_card');

CREATE TABLE access_card_event (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  card_id         bigint NOT NULL,
  at              timestamptz NOT NULL DEFAULT now(),
  actor_id        bigint,
  state           varchar(20) NOT NULL,
  company_id      bigint,
  member_id       bigint,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, card_id) REFERENCES access_card (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id)
);
CREATE INDEX access_card_event_card ON access_card_event (tenant_id, card_id, at);
SELECT atrium_isolate('access_card_event');

-- A temporary card lent for a booking: active from the booking's start to its end. A loan is open
-- until ended_at: by the schedule at ends_at (or later, when no server ran at that moment), by the
-- booking's cancellation, or by staff when the card comes back early. One open loan per card.
CREATE TABLE card_loan (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  card_id         bigint NOT NULL,
  booking_id      bigint NOT NULL,
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  ended_at        timestamptz,
  ended_by        varchar(8) CHECK (ended_by IN ('SCHEDULE', 'BOOKING', 'STAFF')),
  lent_by_id      bigint,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, card_id) REFERENCES access_card (tenant_id, id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id),
  CHECK (ends_at > starts_at),
  CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
CREATE UNIQUE INDEX card_loan_open ON card_loan (tenant_id, card_id) WHERE ended_at IS NULL;
CREATE INDEX card_loan_due ON card_loan (tenant_id, ends_at) WHERE ended_at IS NULL;
CREATE INDEX card_loan_booking ON card_loan (tenant_id, booking_id);
SELECT atrium_isolate('card_loan');

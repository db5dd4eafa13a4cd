-- ---------------------------------------------------------------------------------------------
-- Issue 14: credits. A company's pool or a member's allowance, at one centre, in hours or in money
-- (the centre's currency), valid until a day. Bookings of the centre are paid from them first, day
-- passes when asked; every grant, use, refund and adjustment is a ledger entry with the balance it
-- left. The pool's balance is kept under a row lock and can never go below zero.
CREATE TABLE credit_pool (
  tenant_id  bigint NOT NULL REFERENCES tenant (id),
  id         bigint NOT NULL,
  centre_id  bigint NOT NULL,
  company_id bigint,
  member_id  bigint,
  unit       varchar(10) NOT NULL CHECK (unit IN ('HOURS', 'MONEY')),
  currency   char(3),
  label      varchar(120) NOT NULL,
  expires_on date,
  balance    numeric(12, 2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
  -- A month's allowance from a contract option: its line and the month's first day, once each.
  contract_line_id bigint,
  period     date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, contract_line_id) REFERENCES contract_line (tenant_id, id),
  UNIQUE (tenant_id, contract_line_id, period),
  CHECK ((company_id IS NULL) <> (member_id IS NULL)),
  CHECK ((unit = 'MONEY') = (currency IS NOT NULL))
);
CREATE INDEX credit_pool_company ON credit_pool (tenant_id, company_id) WHERE company_id IS NOT NULL;
CREATE INDEX credit_pool_member ON credit_pool (tenant_id, member_id) WHERE member_id IS NOT NULL;
SELECT atrium_isolate('credit_pool');

CREATE TABLE credit_entry (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  pool_id       bigint NOT NULL,
  kind          varchar(12) NOT NULL
                CHECK (kind IN ('GRANT', 'ADJUSTMENT', 'BOOKING', 'DAY_PASS', 'REFUND')),
  amount        numeric(12, 2) NOT NULL CHECK (amount <> 0),
  balance_after numeric(12, 2) NOT NULL CHECK (balance_after >= 0),
  booking_id    bigint,
  day_pass_id   bigint,
  note          varchar(200),
  actor_kind    varchar(10),
  actor_id      bigint,
  at            timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, pool_id) REFERENCES credit_pool (tenant_id, id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES booking (tenant_id, id),
  FOREIGN KEY (tenant_id, day_pass_id) REFERENCES day_pass (tenant_id, id)
);
CREATE INDEX credit_entry_pool ON credit_entry (tenant_id, pool_id, at);
SELECT atrium_isolate('credit_entry');

-- Hours of credits each unit of a monthly item grants on an active contract (an option "10
-- meeting-room hours a month"), valid until the month's end.
ALTER TABLE catalogue_item ADD COLUMN credit_hours numeric(8, 2) CHECK (credit_hours > 0);

-- What paid a booking or a day pass from credits, to give it back on a cancel or a move.
ALTER TABLE booking ADD COLUMN credit_pool_id bigint,
  ADD COLUMN credits_used numeric(12, 2),
  ADD FOREIGN KEY (tenant_id, credit_pool_id) REFERENCES credit_pool (tenant_id, id);
ALTER TABLE day_pass ADD COLUMN credit_pool_id bigint,
  ADD COLUMN credits_used numeric(12, 2),
  ADD FOREIGN KEY (tenant_id, credit_pool_id) REFERENCES credit_pool (tenant_id, id);
ALTER TABLE day_pass DROP CONSTRAINT day_pass_payment_check,
  ADD CONSTRAINT day_pass_payment_check CHECK (payment IN ('INVOICE', 'PAYMENT_LINK', 'CREDITS'));

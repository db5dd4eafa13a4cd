-- Issue 13: contracts, consumptions, invoices and credit notes, payments, reminders, billing runs,
-- period closing and the accounting push. Money is numeric(14, 2) with the document's currency
-- beside it; every table is a tenant table keyed (tenant_id, id) (app/ARCHITECTURE.md, scale path).
-- What the law wants kept as issued is enforced here, below the application: issued invoices and
-- their lines, payments and their allocations, and the B2C journal cannot be changed or removed by
-- the application role, and nothing can be issued or paid inside a closed period.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ---------------------------------------------------------------------------------------------
-- Billing settings of a tenant (one row, made on first save; the application's defaults otherwise).
CREATE TABLE billing_settings (
  tenant_id              bigint NOT NULL REFERENCES tenant (id),
  -- One invoice per company and centre for a period, or one per contract.
  invoice_per            varchar(8) NOT NULL DEFAULT 'COMPANY' CHECK (invoice_per IN ('COMPANY', 'CONTRACT')),
  -- Whether a billing run issues what it makes, or leaves drafts for review.
  run_issues             boolean NOT NULL DEFAULT false,
  payment_terms_days     integer NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 120),
  -- France (L441-10): the late penalty rate (at least 3x the legal rate) and the €40 indemnity.
  late_penalty_rate      numeric(5, 2) NOT NULL DEFAULT 12.15 CHECK (late_penalty_rate BETWEEN 0 AND 100),
  recovery_indemnity     numeric(14, 2) NOT NULL DEFAULT 40 CHECK (recovery_indemnity >= 0),
  late_fees_enabled      boolean NOT NULL DEFAULT false,
  -- The early-payment terms printed (AAB): empty means "no discount for early payment".
  early_payment_terms_en varchar(300),
  early_payment_terms_fr varchar(300),
  -- Days after the due date at which each reminder level is sent by the scheduled job; null: never.
  reminder_friendly_days integer CHECK (reminder_friendly_days BETWEEN 0 AND 365),
  reminder_formal_days   integer CHECK (reminder_formal_days BETWEEN 0 AND 365),
  reminder_final_days    integer CHECK (reminder_final_days BETWEEN 0 AND 365),
  -- France: "Option pour le paiement de la taxe d'après les débits" (décret 2022-1299).
  vat_on_debits          boolean NOT NULL DEFAULT false,
  version                bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id)
);
SELECT atrium_isolate('billing_settings');

-- The texts of each reminder level, per language; the application's bundled texts otherwise.
CREATE TABLE reminder_text (
  tenant_id bigint NOT NULL REFERENCES tenant (id),
  level     varchar(8) NOT NULL CHECK (level IN ('FRIENDLY', 'FORMAL', 'FINAL')),
  language  varchar(2) NOT NULL CHECK (language IN ('en', 'fr')),
  subject   varchar(200) NOT NULL,
  body      varchar(4000) NOT NULL,
  version   bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, level, language)
);
SELECT atrium_isolate('reminder_text');

-- ---------------------------------------------------------------------------------------------
-- Contracts (001 §6, §10): a client company, or an on-demand member, at one centre.
CREATE TABLE contract (
  tenant_id          bigint NOT NULL REFERENCES tenant (id),
  id                 bigint NOT NULL,
  reference          varchar(20) NOT NULL CHECK (reference ~ '^[A-Z0-9][A-Z0-9/-]{1,19}$'),
  centre_id          bigint NOT NULL,
  company_id         bigint,
  member_id          bigint,
  status             varchar(12) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT', 'SIGNED',
                       'ACTIVE', 'NOTICE_GIVEN', 'ENDED', 'CANCELLED')),
  start_date         date NOT NULL,
  commitment_months  integer NOT NULL DEFAULT 0 CHECK (commitment_months IN (0, 3, 6, 12, 24, 36)),
  notice_months      integer NOT NULL DEFAULT 1 CHECK (notice_months BETWEEN 0 AND 12),
  -- Null: open-ended (tacit renewal month to month after the commitment).
  end_date           date,
  billing_timing     varchar(7) NOT NULL DEFAULT 'ADVANCE' CHECK (billing_timing IN ('ADVANCE', 'ARREARS')),
  billing_day        integer NOT NULL DEFAULT 1 CHECK (billing_day BETWEEN 1 AND 28),
  deposit_amount     numeric(14, 2) NOT NULL DEFAULT 0 CHECK (deposit_amount >= 0),
  payment_method     varchar(8) NOT NULL DEFAULT 'TRANSFER' CHECK (payment_method IN ('TRANSFER',
                       'SEPA', 'CARD', 'CHEQUE', 'CASH')),
  currency           char(3) NOT NULL,
  -- Whether a discount above its author's ceiling waits for approval (approvals module).
  approval           varchar(8) NOT NULL DEFAULT 'NONE' CHECK (approval IN ('NONE', 'PENDING', 'APPROVED', 'REJECTED')),
  sent_at            timestamptz,
  -- The signature, recorded by staff here: who signed, how, when, and who recorded it.
  signed_at          timestamptz,
  signatory_name     varchar(120),
  signature_method   varchar(10) CHECK (signature_method IN ('PAPER', 'IN_PERSON', 'ELECTRONIC')),
  signed_recorded_by bigint,
  activated_at       timestamptz,
  notice_given_on    date,
  ended_on           date,
  cancelled_at       timestamptz,
  cancel_reason      varchar(500),
  notes              varchar(2000),
  created_by_id      bigint,
  created_at         timestamptz NOT NULL DEFAULT now(),
  version            bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, signed_recorded_by) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES staff_member (tenant_id, id),
  CHECK ((company_id IS NULL) <> (member_id IS NULL)),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (status NOT IN ('SIGNED', 'ACTIVE', 'NOTICE_GIVEN', 'ENDED') OR signed_at IS NOT NULL)
);
CREATE INDEX contract_centre ON contract (tenant_id, centre_id, status);
CREATE INDEX contract_company ON contract (tenant_id, company_id);
CREATE INDEX contract_member ON contract (tenant_id, member_id);
SELECT atrium_isolate('contract');

-- A contract's lines: main services (with the space they hold, if any) and monthly options, each
-- priced by the pricing service and kept as priced. Consumptions are rows of their own, below.
CREATE TABLE contract_line (
  tenant_id         bigint NOT NULL REFERENCES tenant (id),
  id                bigint NOT NULL,
  contract_id       bigint NOT NULL,
  position          integer NOT NULL CHECK (position >= 1),
  kind              varchar(6) NOT NULL CHECK (kind IN ('MAIN', 'OPTION')),
  item_id           bigint NOT NULL,
  space_id          bigint,
  description       varchar(300) NOT NULL,
  quantity          numeric(12, 2) NOT NULL CHECK (quantity > 0),
  -- Per month, net of tax, before the discount.
  unit_price        numeric(14, 2) NOT NULL CHECK (unit_price >= 0),
  discount_percent  numeric(5, 2) NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100),
  start_date        date,
  end_date          date,
  version           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, contract_id, position),
  FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, item_id) REFERENCES catalogue_item (tenant_id, id),
  FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id),
  CHECK (kind = 'MAIN' OR space_id IS NULL)
);
CREATE INDEX contract_line_space ON contract_line (tenant_id, space_id);
SELECT atrium_isolate('contract_line');

-- A space is held by one signed contract at a time: a row per (contract, space) from signature, with
-- the days it is held; the exclusion refuses a second overlapping hold. Ending a contract closes the
-- range, cancelling removes the row.
CREATE TABLE space_hold (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  space_id    bigint NOT NULL,
  contract_id bigint NOT NULL,
  held_from   date NOT NULL,
  held_until  date,
  during      daterange GENERATED ALWAYS AS (daterange(held_from, held_until, '[]')) STORED,
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, contract_id, space_id),
  FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id),
  FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id) ON DELETE CASCADE,
  CHECK (held_until IS NULL OR held_until >= held_from),
  CONSTRAINT space_hold_one_contract EXCLUDE USING gist (tenant_id WITH =, space_id WITH =, during WITH &&)
);
SELECT atrium_isolate('space_hold');

-- ---------------------------------------------------------------------------------------------
-- Invoice series: a numbering of its own, per tenant and legal entity (France: the tenant; India:
-- one GSTIN). The row is the counter: issuing locks it FOR UPDATE, takes the next number, checks
-- the date is not before the last one issued, and chains the footprint. Never a sequence (gaps).
CREATE TABLE invoice_series (
  tenant_id        bigint NOT NULL REFERENCES tenant (id),
  id               bigint NOT NULL,
  -- The prefix of the numbers: France F, AV…; India up to 4 characters (the number stays ≤ 16).
  code             varchar(10) NOT NULL CHECK (code ~ '^[A-Z0-9]{1,10}$'),
  document_kind    varchar(11) NOT NULL CHECK (document_kind IN ('INVOICE', 'CREDIT_NOTE')),
  tax_scheme       varchar(3) NOT NULL CHECK (tax_scheme IN ('VAT', 'GST')),
  gstin            varchar(15),
  -- France: whether the counter starts again at 1 each calendar year (a setting, see BILLING-NOTES).
  -- India: always per financial year (April–March).
  yearly_restart   boolean NOT NULL DEFAULT true,
  -- The year the counter counts in (calendar year, or the financial year's first year) and the last
  -- number given in it.
  counter_year     integer,
  last_number      integer NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  last_issue_date  date,
  last_footprint   char(64) CHECK (last_footprint ~ '^[0-9a-f]{64}$'),
  -- How many documents the series has issued: each one's place in the footprint chain.
  issued_count     bigint NOT NULL DEFAULT 0 CHECK (issued_count >= 0),
  version          bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code, document_kind),
  CHECK ((tax_scheme = 'GST') = (gstin IS NOT NULL)),
  CHECK (tax_scheme = 'VAT' OR length(code) <= 4)
);
SELECT atrium_isolate('invoice_series');

-- Invoices, deposit invoices, credit notes and corrective invoices. A draft is edited freely; issuing
-- fixes its number, date, parties (copied, so a later change of address never alters it), totals
-- and footprint, and from then on the row and its lines are frozen (trigger below).
CREATE TABLE invoice (
  tenant_id          bigint NOT NULL REFERENCES tenant (id),
  id                 bigint NOT NULL,
  centre_id          bigint NOT NULL,
  company_id         bigint,
  member_id          bigint,
  contract_id        bigint,
  -- EN 16931 type codes: 380 invoice, 381 credit note, 384 corrective invoice, 386 prepayment
  -- (the deposit invoice).
  kind               varchar(11) NOT NULL CHECK (kind IN ('INVOICE', 'DEPOSIT', 'CREDIT_NOTE', 'CORRECTIVE')),
  status             varchar(6) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ISSUED')),
  -- A credit note, or a corrective invoice that cancels and replaces, names the invoice it corrects.
  corrects_id        bigint,
  series_id          bigint,
  number             varchar(35),
  chain_seq          bigint CHECK (chain_seq >= 1),
  issue_date         date,
  due_date           date,
  service_from       date,
  service_to         date,
  currency           char(3) NOT NULL,
  language           varchar(2) NOT NULL CHECK (language IN ('en', 'fr')),
  b2c                boolean NOT NULL DEFAULT false,
  -- The parties as printed, copied at issue.
  seller             jsonb,
  buyer              jsonb,
  net_total          numeric(14, 2) NOT NULL DEFAULT 0,
  tax_total          numeric(14, 2) NOT NULL DEFAULT 0,
  gross_total        numeric(14, 2) NOT NULL DEFAULT 0,
  notes              varchar(2000),
  -- The billing run that made it, if any.
  billing_run_id     bigint,
  footprint          char(64) CHECK (footprint ~ '^[0-9a-f]{64}$'),
  previous_footprint char(64) CHECK (previous_footprint ~ '^[0-9a-f]{64}$'),
  created_by_id      bigint,
  created_at         timestamptz NOT NULL DEFAULT now(),
  issued_at          timestamptz,
  issued_by_id       bigint,
  issued_by_name     varchar(120),
  version            bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, series_id, number),
  UNIQUE (tenant_id, series_id, chain_seq),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id),
  FOREIGN KEY (tenant_id, corrects_id) REFERENCES invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, series_id) REFERENCES invoice_series (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES staff_member (tenant_id, id),
  CHECK (company_id IS NOT NULL OR member_id IS NOT NULL),
  CHECK ((kind IN ('CREDIT_NOTE', 'CORRECTIVE')) = (corrects_id IS NOT NULL)),
  CHECK (status = 'DRAFT' OR (series_id IS NOT NULL AND number IS NOT NULL AND issue_date IS NOT NULL
         AND due_date IS NOT NULL AND chain_seq IS NOT NULL AND footprint IS NOT NULL AND seller IS NOT NULL AND buyer IS NOT NULL)),
  CHECK (service_to IS NULL OR service_from IS NULL OR service_to >= service_from)
);
CREATE INDEX invoice_centre ON invoice (tenant_id, centre_id, status, issue_date);
CREATE INDEX invoice_company ON invoice (tenant_id, company_id, issue_date);
CREATE INDEX invoice_member ON invoice (tenant_id, member_id);
CREATE INDEX invoice_contract ON invoice (tenant_id, contract_id);
CREATE INDEX invoice_corrects ON invoice (tenant_id, corrects_id);
CREATE INDEX invoice_run ON invoice (tenant_id, billing_run_id);
-- A corrective invoice replaces an invoice once.
CREATE UNIQUE INDEX invoice_replaced_once ON invoice (tenant_id, corrects_id) WHERE kind = 'CORRECTIVE';
SELECT atrium_isolate('invoice');

CREATE TABLE invoice_line (
  tenant_id        bigint NOT NULL REFERENCES tenant (id),
  id               bigint NOT NULL,
  invoice_id       bigint NOT NULL,
  position         integer NOT NULL CHECK (position >= 1),
  -- Where the line comes from: a contract's monthly fee or option, a consumption, a deposit, a
  -- booking (next issue), a late fee, or typed by hand.
  source           varchar(11) NOT NULL CHECK (source IN ('CONTRACT', 'OPTION', 'CONSUMPTION', 'DEPOSIT',
                     'BOOKING', 'LATE_FEE', 'MANUAL', 'CORRECTION')),
  item_id          bigint,
  contract_line_id bigint,
  consumption_id   bigint,
  description      varchar(300) NOT NULL,
  quantity         numeric(12, 3) NOT NULL,
  unit             varchar(8) NOT NULL,
  unit_price       numeric(14, 2) NOT NULL,
  discount_percent numeric(5, 2) NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100),
  net_amount       numeric(14, 2) NOT NULL,
  -- France: the VAT category and rate. India: the SAC, the GST rate and its split.
  vat_category     varchar(2) CHECK (vat_category IN ('S', 'E', 'AE', 'K', 'G', 'O', 'Z')),
  sac_code         char(6),
  tax_rate         numeric(5, 2) NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
  tax_amount       numeric(14, 2) NOT NULL,
  cgst_amount      numeric(14, 2),
  sgst_amount      numeric(14, 2),
  igst_amount      numeric(14, 2),
  period_from      date,
  period_to        date,
  -- How a partial month was prorated, printed on the line.
  proration_note   varchar(200),
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, invoice_id, position),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, item_id) REFERENCES catalogue_item (tenant_id, id),
  CHECK (vat_category IS NOT NULL OR sac_code IS NOT NULL)
);
CREATE INDEX invoice_line_contract_line ON invoice_line (tenant_id, contract_line_id);
SELECT atrium_isolate('invoice_line');

-- A contract's fees are billed once per period: the run (or a retry of it after a crash) that
-- tries a second time fails on this key. A draft deleted for review takes its rows with it.
CREATE TABLE contract_billing (
  tenant_id    bigint NOT NULL REFERENCES tenant (id),
  contract_id  bigint NOT NULL,
  period_start date NOT NULL,
  period_end   date NOT NULL,
  invoice_id   bigint NOT NULL,
  PRIMARY KEY (tenant_id, contract_id, period_start),
  FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contract_billing_invoice ON contract_billing (tenant_id, invoice_id);
SELECT atrium_isolate('contract_billing');

-- Consumptions (001 §10, §11): what a company or member used, by the unit, billed in the monthly
-- run or on demand ("Générer une facture"). A consumption is billed once: its invoice line is unique.
CREATE TABLE consumption (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  centre_id     bigint NOT NULL,
  company_id    bigint,
  member_id     bigint,
  contract_id   bigint,
  item_id       bigint NOT NULL,
  description   varchar(300) NOT NULL,
  quantity      numeric(12, 3) NOT NULL CHECK (quantity > 0),
  unit_price    numeric(14, 2) NOT NULL CHECK (unit_price >= 0),
  discount_percent numeric(5, 2) NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100),
  consumed_on   date NOT NULL,
  invoice_id    bigint,
  created_by_id bigint,
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id),
  FOREIGN KEY (tenant_id, item_id) REFERENCES catalogue_item (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id) ON DELETE SET NULL,
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES staff_member (tenant_id, id),
  CHECK (company_id IS NOT NULL OR member_id IS NOT NULL)
);
CREATE INDEX consumption_unbilled ON consumption (tenant_id, centre_id, consumed_on) WHERE invoice_id IS NULL;
CREATE INDEX consumption_company ON consumption (tenant_id, company_id, consumed_on);
CREATE INDEX consumption_member ON consumption (tenant_id, member_id, consumed_on);
SELECT atrium_isolate('consumption');
ALTER TABLE invoice_line ADD FOREIGN KEY (tenant_id, consumption_id) REFERENCES consumption (tenant_id, id);
ALTER TABLE invoice_line ADD FOREIGN KEY (tenant_id, contract_line_id) REFERENCES contract_line (tenant_id, id);
CREATE UNIQUE INDEX invoice_line_consumption_once ON invoice_line (tenant_id, consumption_id)
  WHERE consumption_id IS NOT NULL AND source = 'CONSUMPTION';

-- The e-invoice lifecycle of a document as the platform (PDP/PPF, IRP) reports it: Déposée,
-- Rejetée, Refusée, Encaissée and the optional ones. Appended, never changed.
CREATE TABLE invoice_lifecycle (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  invoice_id  bigint NOT NULL,
  status      varchar(12) NOT NULL CHECK (status IN ('DEPOSITED', 'REJECTED', 'REFUSED', 'COLLECTED',
                'RECEIVED', 'APPROVED', 'DISPUTED', 'IRN_GENERATED', 'IRN_CANCELLED')),
  occurred_at timestamptz NOT NULL,
  channel     varchar(20) NOT NULL,
  reference   varchar(100),
  note        varchar(500),
  recorded_by varchar(120) NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
CREATE INDEX invoice_lifecycle_invoice ON invoice_lifecycle (tenant_id, invoice_id, occurred_at);
SELECT atrium_isolate('invoice_lifecycle');

-- ---------------------------------------------------------------------------------------------
-- Payments: money received from a company or member, then allocated to one or several invoices; what
-- is not allocated is the payer's credit. Refunds are credit notes. Both tables are append-only.
CREATE TABLE payment (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  centre_id       bigint NOT NULL,
  company_id      bigint,
  member_id       bigint,
  method          varchar(8) NOT NULL CHECK (method IN ('TRANSFER', 'CHEQUE', 'CASH', 'CARD', 'SEPA', 'CREDIT')),
  amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
  currency        char(3) NOT NULL,
  received_on     date NOT NULL,
  reference       varchar(100),
  -- The client's Idempotency-Key, or the gateway's payment id: a retry or a webhook delivered twice
  -- finds the payment already there.
  idempotency_key varchar(100),
  gateway         varchar(20),
  gateway_ref     varchar(100),
  b2c             boolean NOT NULL DEFAULT false,
  recorded_by     varchar(120) NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key),
  UNIQUE (tenant_id, gateway, gateway_ref),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CHECK (company_id IS NOT NULL OR member_id IS NOT NULL)
);
CREATE INDEX payment_company ON payment (tenant_id, company_id, received_on);
CREATE INDEX payment_member ON payment (tenant_id, member_id, received_on);
CREATE INDEX payment_received ON payment (tenant_id, received_on);
SELECT atrium_isolate('payment');

CREATE TABLE payment_allocation (
  tenant_id  bigint NOT NULL REFERENCES tenant (id),
  id         bigint NOT NULL,
  payment_id bigint NOT NULL,
  invoice_id bigint NOT NULL,
  amount     numeric(14, 2) NOT NULL CHECK (amount > 0),
  allocated_at timestamptz NOT NULL DEFAULT now(),
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
CREATE INDEX payment_allocation_invoice ON payment_allocation (tenant_id, invoice_id);
CREATE INDEX payment_allocation_payment ON payment_allocation (tenant_id, payment_id);
SELECT atrium_isolate('payment_allocation');

-- Payments from private customers (B2C) by card, for the cash-register rule (CGI art. 286 I 3° bis):
-- a separate journal, chained like the invoices, append-only, closable with the periods.
CREATE TABLE b2c_payment_journal (
  tenant_id          bigint NOT NULL REFERENCES tenant (id),
  seq                bigint NOT NULL CHECK (seq >= 1),
  payment_id         bigint NOT NULL,
  recorded_at        timestamptz NOT NULL,
  amount             numeric(14, 2) NOT NULL,
  currency           char(3) NOT NULL,
  payer              varchar(200) NOT NULL,
  previous_footprint char(64) NOT NULL CHECK (previous_footprint ~ '^[0-9a-f]{64}$'),
  footprint          char(64) NOT NULL CHECK (footprint ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (tenant_id, seq),
  UNIQUE (tenant_id, payment_id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id)
);
SELECT atrium_isolate('b2c_payment_journal');

-- SEPA mandates and saved cards, as the gateway knows them (its reference only, never card data).
CREATE TABLE payment_mandate (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  company_id  bigint,
  member_id   bigint,
  kind        varchar(4) NOT NULL CHECK (kind IN ('SEPA', 'CARD')),
  gateway     varchar(20) NOT NULL,
  gateway_ref varchar(100) NOT NULL,
  label       varchar(60) NOT NULL,
  status      varchar(8) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'REVOKED')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, gateway, gateway_ref),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  CHECK (company_id IS NOT NULL OR member_id IS NOT NULL)
);
SELECT atrium_isolate('payment_mandate');

-- A gateway's checkout for an invoice ("Pay" in the client space): one per idempotency key.
CREATE TABLE payment_intent (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  invoice_id      bigint NOT NULL,
  gateway         varchar(20) NOT NULL,
  gateway_ref     varchar(100) NOT NULL,
  idempotency_key varchar(100) NOT NULL,
  amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
  currency        char(3) NOT NULL,
  status          varchar(10) NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  created_by      varchar(120) NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key),
  UNIQUE (tenant_id, gateway, gateway_ref),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
SELECT atrium_isolate('payment_intent');

-- ---------------------------------------------------------------------------------------------
-- Reminders sent for an overdue invoice, by hand or by the scheduled job; one per level and invoice.
CREATE TABLE invoice_reminder (
  tenant_id  bigint NOT NULL REFERENCES tenant (id),
  id         bigint NOT NULL,
  invoice_id bigint NOT NULL,
  level      varchar(8) NOT NULL CHECK (level IN ('FRIENDLY', 'FORMAL', 'FINAL')),
  sent_at    timestamptz NOT NULL,
  sent_to    varchar(254) NOT NULL,
  sent_by    varchar(120) NOT NULL,
  scheduled  boolean NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, invoice_id, level),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
SELECT atrium_isolate('invoice_reminder');

-- ---------------------------------------------------------------------------------------------
-- Billing runs (001 §9–11): one per centre and period at a time; the run is processed in chunks
-- that each commit, resumes from its cursor after a crash, and cannot bill twice (contract_billing,
-- the consumption's unique line).
CREATE TABLE billing_run (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  id             bigint NOT NULL,
  centre_id      bigint NOT NULL,
  period_start   date NOT NULL,
  period_end     date NOT NULL,
  issue          boolean NOT NULL,
  status         varchar(9) NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
  total          integer NOT NULL DEFAULT 0,
  processed      integer NOT NULL DEFAULT 0,
  invoices       integer NOT NULL DEFAULT 0,
  -- The last contract (by id) whose period is done: a resumed run starts after it.
  cursor_id      bigint NOT NULL DEFAULT 0,
  started_by     varchar(120) NOT NULL,
  started_at     timestamptz NOT NULL,
  finished_at    timestamptz,
  claimed_by     varchar(120),
  claimed_until  timestamptz,
  error          varchar(500),
  version        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  CHECK (period_end >= period_start)
);
CREATE UNIQUE INDEX billing_run_one_running ON billing_run (tenant_id, centre_id) WHERE status = 'RUNNING';
SELECT atrium_isolate('billing_run');
ALTER TABLE invoice ADD FOREIGN KEY (tenant_id, billing_run_id) REFERENCES billing_run (tenant_id, id);

-- ---------------------------------------------------------------------------------------------
-- Period closing: a month or a financial year, closed once every footprint verifies. The archive
-- (the period's documents and payments with checksums) is kept with its own SHA-256; after closing,
-- nothing is issued or paid with a date inside the period (trigger below).
CREATE TABLE period_closing (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  kind            varchar(5) NOT NULL CHECK (kind IN ('MONTH', 'YEAR')),
  period_start    date NOT NULL,
  period_end      date NOT NULL,
  closed_at       timestamptz NOT NULL,
  closed_by       varchar(120) NOT NULL,
  documents       integer NOT NULL,
  payments        integer NOT NULL,
  archive         bytea NOT NULL,
  archive_sha256  char(64) NOT NULL CHECK (archive_sha256 ~ '^[0-9a-f]{64}$'),
  version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, kind, period_start),
  CHECK (period_end >= period_start)
);
SELECT atrium_isolate('period_closing');

-- ---------------------------------------------------------------------------------------------
-- The accounting push (Zoho Books in the seed): one row per thing to send, retried with backoff.
CREATE TABLE accounting_sync (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  entity_kind     varchar(11) NOT NULL CHECK (entity_kind IN ('CONTACT', 'INVOICE', 'CREDIT_NOTE', 'PAYMENT')),
  entity_id       bigint NOT NULL,
  status          varchar(7) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  external_id     varchar(100),
  last_error      varchar(500),
  created_at      timestamptz NOT NULL DEFAULT now(),
  done_at         timestamptz,
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, entity_kind, entity_id)
);
CREATE INDEX accounting_sync_due ON accounting_sync (tenant_id, next_attempt_at) WHERE status <> 'DONE';
SELECT atrium_isolate('accounting_sync');

-- ---------------------------------------------------------------------------------------------
-- What is issued stays as issued. These triggers fire for every role but the owner's maintenance
-- (which would have to disable them, visibly); they answer SQLSTATE AT001 with the reason. The
-- transaction that issues a document may still write it and its lines (a billing run inserts an
-- issued invoice and then its lines): the row is frozen once another transaction looks at it.
CREATE FUNCTION atrium_issued_invoice_frozen(invoice_tenant bigint, invoice_ref bigint) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT i.status = 'ISSUED'
           AND i.xmin::text::bigint <> (pg_current_xact_id()::text::numeric % 4294967296)::bigint
      FROM invoice i WHERE i.tenant_id = invoice_tenant AND i.id = invoice_ref
$$;

CREATE FUNCTION atrium_refuse_issued_invoice_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'ISSUED' AND atrium_issued_invoice_frozen(OLD.tenant_id, OLD.id) THEN
    RAISE EXCEPTION 'invoice % is issued and cannot be changed', OLD.number USING ERRCODE = 'AT001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER invoice_issued_frozen BEFORE UPDATE OR DELETE ON invoice
  FOR EACH ROW EXECUTE FUNCTION atrium_refuse_issued_invoice_change();

CREATE FUNCTION atrium_refuse_issued_line_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'DELETE' AND coalesce(atrium_issued_invoice_frozen(NEW.tenant_id, NEW.invoice_id), false))
     OR (TG_OP <> 'INSERT' AND coalesce(atrium_issued_invoice_frozen(OLD.tenant_id, OLD.invoice_id), false)) THEN
    RAISE EXCEPTION 'the lines of an issued invoice cannot be changed' USING ERRCODE = 'AT001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER invoice_line_issued_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
  FOR EACH ROW EXECUTE FUNCTION atrium_refuse_issued_line_change();

-- Nothing is issued, and no payment is received, with a date inside a closed period.
CREATE FUNCTION atrium_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  day date;
BEGIN
  IF TG_TABLE_NAME = 'invoice' THEN
    IF NEW.status <> 'ISSUED' THEN
      RETURN NEW;
    END IF;
    day := NEW.issue_date;
  ELSE
    day := NEW.received_on;
  END IF;
  IF EXISTS (SELECT 1 FROM period_closing c WHERE c.tenant_id = NEW.tenant_id
              AND day BETWEEN c.period_start AND c.period_end) THEN
    RAISE EXCEPTION 'the period of % is closed', day USING ERRCODE = 'AT002';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER invoice_closed_period BEFORE INSERT OR UPDATE ON invoice
  FOR EACH ROW EXECUTE FUNCTION atrium_refuse_closed_period();
CREATE TRIGGER payment_closed_period BEFORE INSERT ON payment
  FOR EACH ROW EXECUTE FUNCTION atrium_refuse_closed_period();

-- V1's default privileges gave the application role UPDATE and DELETE on every new table.
REVOKE UPDATE, DELETE, TRUNCATE ON payment, payment_allocation, b2c_payment_journal,
  invoice_lifecycle, period_closing FROM ${appRole};

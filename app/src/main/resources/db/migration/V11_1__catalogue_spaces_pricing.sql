-- Issue 12: the catalogue of services, the spaces of each centre with their floor plans and
-- inventory, the pricing rules (reference price per m², grids, staff discounts), and the generic
-- discount approval that every priced document (a price quote now; bookings, contracts and invoices
-- later) goes through. Money is numeric with the centre's currency beside it; every table is a
-- tenant table keyed (tenant_id, id) like the others (see app/ARCHITECTURE.md, scale path).

-- ---------------------------------------------------------------------------------------------
-- Catalogue (001 §16): what a centre sells. Main services are typed (what grids and spaces refer
-- to); options are monthly extras on a contract; consumptions are sold by the unit.
CREATE TABLE catalogue_item (
  tenant_id          bigint NOT NULL REFERENCES tenant (id),
  id                 bigint NOT NULL,
  code               varchar(20) NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
  kind               varchar(11) NOT NULL CHECK (kind IN ('MAIN', 'OPTION', 'CONSUMPTION')),
  service_type       varchar(14) CHECK (service_type IN ('PRIVATE_OFFICE', 'DEDICATED_DESK',
                       'HOT_DESK', 'COWORKING', 'NOMAD', 'DOMICILIATION', 'MEETING_ROOM', 'DAY_PASS',
                       'PARKING', 'EVENT_SPACE')),
  name_en            varchar(120) NOT NULL,
  name_fr            varchar(120) NOT NULL,
  description_en     varchar(2000),
  description_fr     varchar(2000),
  unit               varchar(8) NOT NULL CHECK (unit IN ('MONTH', 'DAY', 'HOUR', 'HALF_DAY', 'UNIT', 'SQM')),
  -- France: the EN 16931 VAT category (S, E, AE, K, G, O, Z) and its rate. India: the SAC code, the
  -- GST rate, and whether the place of supply is the property's location (CGST + SGST there) or the
  -- buyer's (IGST when the buyer's state differs). The centre's tax scheme says which pair applies.
  vat_category       varchar(2) CHECK (vat_category IN ('S', 'E', 'AE', 'K', 'G', 'O', 'Z')),
  sac_code           char(6) CHECK (sac_code ~ '^[0-9]{6}$'),
  tax_rate           numeric(5, 2) NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
  supply_at_property boolean NOT NULL DEFAULT true,
  revenue_account    varchar(20),
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL DEFAULT now(),
  version            bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  CHECK ((kind = 'MAIN') = (service_type IS NOT NULL)),
  CHECK (vat_category IS NOT NULL OR sac_code IS NOT NULL)
);
SELECT atrium_isolate('catalogue_item');

-- The centres that offer an item. Join rows take their tenant from the transaction.
CREATE TABLE catalogue_item_centre (
  tenant_id bigint NOT NULL DEFAULT atrium_current_tenant() REFERENCES tenant (id),
  item_id   bigint NOT NULL,
  centre_id bigint NOT NULL,
  PRIMARY KEY (tenant_id, item_id, centre_id),
  FOREIGN KEY (tenant_id, item_id) REFERENCES catalogue_item (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
CREATE INDEX catalogue_item_centre_centre ON catalogue_item_centre (tenant_id, centre_id);
SELECT atrium_isolate('catalogue_item_centre');

-- Unit prices per centre, net of tax, effective-dated: the price on a day is the row with the
-- latest effective_from on or before it. Rows are never updated, so what was priced keeps its price
-- and the history is the table itself.
CREATE TABLE catalogue_price (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  item_id         bigint NOT NULL,
  centre_id       bigint NOT NULL,
  effective_from  date NOT NULL,
  unit_price      numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
  currency        char(3) NOT NULL,
  created_by_id   bigint,
  created_by_name varchar(120) NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, item_id, centre_id, effective_from),
  FOREIGN KEY (tenant_id, item_id) REFERENCES catalogue_item (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES staff_member (tenant_id, id)
);
SELECT atrium_isolate('catalogue_price');

-- ---------------------------------------------------------------------------------------------
-- Spaces and floor plans (001 §8, plan 2D). A floor may carry a plan image; each space may carry
-- its shape on that plan as a polygon in fractions of the image (0..1), so the shape survives a
-- plan replaced by a larger image of the same drawing.
CREATE TABLE floor (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  centre_id   bigint NOT NULL,
  name        varchar(60) NOT NULL,
  level       integer NOT NULL DEFAULT 0 CHECK (level BETWEEN -10 AND 200),
  plan_key    varchar(80),
  plan_type   varchar(40),
  plan_width  integer CHECK (plan_width > 0),
  plan_height integer CHECK (plan_height > 0),
  version     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, centre_id, name),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  CHECK ((plan_key IS NULL) = (plan_type IS NULL))
);
SELECT atrium_isolate('floor');

CREATE TABLE space (
  tenant_id         bigint NOT NULL REFERENCES tenant (id),
  id                bigint NOT NULL,
  centre_id         bigint NOT NULL,
  floor_id          bigint,
  kind              varchar(14) NOT NULL CHECK (kind IN ('PRIVATE_OFFICE', 'DEDICATED_DESK',
                      'HOT_DESK_ZONE', 'MEETING_ROOM', 'EVENT_SPACE', 'PARKING_SPOT')),
  name              varchar(80) NOT NULL,
  area_sqm          numeric(9, 2) CHECK (area_sqm > 0),
  capacity          integer NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 0 AND 10000),
  amenities         varchar(500),
  catalogue_item_id bigint,
  bookable          boolean NOT NULL DEFAULT false,
  opening_hours     varchar(200),
  status            varchar(14) NOT NULL DEFAULT 'AVAILABLE'
                      CHECK (status IN ('AVAILABLE', 'OCCUPIED', 'OUT_OF_SERVICE')),
  shape             varchar(4000),
  version           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, centre_id, name),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, floor_id) REFERENCES floor (tenant_id, id),
  FOREIGN KEY (tenant_id, catalogue_item_id) REFERENCES catalogue_item (tenant_id, id),
  CHECK (shape IS NULL OR floor_id IS NOT NULL)
);
CREATE INDEX space_centre ON space (tenant_id, centre_id, floor_id);
SELECT atrium_isolate('space');

-- The events' space, kept since V7 for this migration.
ALTER TABLE community_event
  ADD FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id);

-- Inventory (000 "Asset & Inventory View"): read-only for community managers.
CREATE TABLE asset (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  space_id      bigint NOT NULL,
  type          varchar(40) NOT NULL,
  label         varchar(120) NOT NULL,
  serial_number varchar(80),
  state         varchar(10) NOT NULL DEFAULT 'IN_SERVICE'
                  CHECK (state IN ('IN_SERVICE', 'IN_REPAIR', 'BROKEN', 'RETIRED')),
  acquired_on   date,
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id)
);
CREATE UNIQUE INDEX asset_serial ON asset (tenant_id, serial_number) WHERE serial_number IS NOT NULL;
CREATE INDEX asset_space ON asset (tenant_id, space_id);
SELECT atrium_isolate('asset');

-- ---------------------------------------------------------------------------------------------
-- Pricing (001 §17). The reference price per m² and month of each centre: the base of office rents.
CREATE TABLE centre_pricing (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  centre_id     bigint NOT NULL,
  price_per_sqm numeric(12, 2) NOT NULL CHECK (price_per_sqm >= 0),
  currency      char(3) NOT NULL,
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, centre_id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
SELECT atrium_isolate('centre_pricing');

-- A price grid adjusts the base price by space kind, commitment length and service, with a
-- coefficient (×) or an amount (+/-, in the centre's currency). A centre has at most one grid.
CREATE TABLE price_grid (
  tenant_id bigint NOT NULL REFERENCES tenant (id),
  id        bigint NOT NULL,
  name      varchar(80) NOT NULL,
  active    boolean NOT NULL DEFAULT true,
  version   bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT atrium_isolate('price_grid');

CREATE TABLE price_grid_line (
  tenant_id         bigint NOT NULL REFERENCES tenant (id),
  id                bigint NOT NULL,
  grid_id           bigint NOT NULL,
  space_kind        varchar(14) CHECK (space_kind IN ('PRIVATE_OFFICE', 'DEDICATED_DESK',
                      'HOT_DESK_ZONE', 'MEETING_ROOM', 'EVENT_SPACE', 'PARKING_SPOT')),
  catalogue_item_id bigint,
  commitment_months integer NOT NULL CHECK (commitment_months IN (0, 3, 6, 12, 24, 36)),
  coefficient       numeric(7, 4) CHECK (coefficient > 0),
  amount            numeric(14, 2),
  version           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, grid_id) REFERENCES price_grid (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, catalogue_item_id) REFERENCES catalogue_item (tenant_id, id),
  CHECK ((coefficient IS NULL) <> (amount IS NULL))
);
CREATE UNIQUE INDEX price_grid_line_key ON price_grid_line
  (tenant_id, grid_id, coalesce(space_kind, ''), coalesce(catalogue_item_id, 0), commitment_months);
SELECT atrium_isolate('price_grid_line');

CREATE TABLE price_grid_centre (
  tenant_id bigint NOT NULL DEFAULT atrium_current_tenant() REFERENCES tenant (id),
  grid_id   bigint NOT NULL,
  centre_id bigint NOT NULL,
  PRIMARY KEY (tenant_id, grid_id, centre_id),
  UNIQUE (tenant_id, centre_id),
  FOREIGN KEY (tenant_id, grid_id) REFERENCES price_grid (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
SELECT atrium_isolate('price_grid_centre');

-- Discounts by staff status (Réductions): named percentages a role may grant, in some centres.
CREATE TABLE staff_discount (
  tenant_id bigint NOT NULL REFERENCES tenant (id),
  id        bigint NOT NULL,
  name      varchar(80) NOT NULL,
  percent   numeric(5, 2) NOT NULL CHECK (percent > 0 AND percent <= 100),
  role_id   bigint NOT NULL,
  active    boolean NOT NULL DEFAULT true,
  version   bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name),
  FOREIGN KEY (tenant_id, role_id) REFERENCES staff_role (tenant_id, id)
);
SELECT atrium_isolate('staff_discount');

CREATE TABLE staff_discount_centre (
  tenant_id   bigint NOT NULL DEFAULT atrium_current_tenant() REFERENCES tenant (id),
  discount_id bigint NOT NULL,
  centre_id   bigint NOT NULL,
  PRIMARY KEY (tenant_id, discount_id, centre_id),
  FOREIGN KEY (tenant_id, discount_id) REFERENCES staff_discount (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
SELECT atrium_isolate('staff_discount_centre');

-- ---------------------------------------------------------------------------------------------
-- A price quote (proposition tarifaire): one priced line for a company, saved from the pricing
-- calculator with the breakdown the pricing service gave. The first document a discount approval
-- can hold; bookings, contracts and invoices follow the same way.
CREATE TABLE price_quote (
  tenant_id         bigint NOT NULL REFERENCES tenant (id),
  id                bigint NOT NULL,
  centre_id         bigint NOT NULL,
  company_id        bigint,
  catalogue_item_id bigint,
  space_id          bigint,
  commitment_months integer NOT NULL DEFAULT 0 CHECK (commitment_months IN (0, 3, 6, 12, 24, 36)),
  quantity          numeric(12, 2) NOT NULL CHECK (quantity > 0),
  period_start      date NOT NULL,
  period_end        date,
  discount_percent  numeric(5, 2) NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100),
  currency          char(3) NOT NULL,
  net_total         numeric(14, 2) NOT NULL,
  tax_total         numeric(14, 2) NOT NULL,
  gross_total       numeric(14, 2) NOT NULL,
  breakdown         text NOT NULL,
  status            varchar(16) NOT NULL CHECK (status IN ('CONFIRMED', 'PENDING_APPROVAL', 'REJECTED')),
  created_by_id     bigint,
  created_by_name   varchar(120) NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  version           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, catalogue_item_id) REFERENCES catalogue_item (tenant_id, id),
  FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by_id) REFERENCES staff_member (tenant_id, id),
  CHECK (catalogue_item_id IS NOT NULL OR space_id IS NOT NULL),
  CHECK (period_end IS NULL OR period_end >= period_start)
);
CREATE INDEX price_quote_centre ON price_quote (tenant_id, centre_id, created_at);
SELECT atrium_isolate('price_quote');

-- A request to approve a discount above the requester's role ceiling, for any kind of document.
-- At most one request per document waits at a time; decided requests stay as the history.
CREATE TABLE approval_request (
  tenant_id         bigint NOT NULL REFERENCES tenant (id),
  id                bigint NOT NULL,
  document_kind     varchar(20) NOT NULL CHECK (document_kind ~ '^[A-Z][A-Z_]{1,19}$'),
  document_id       bigint NOT NULL,
  centre_id         bigint NOT NULL,
  summary           varchar(300) NOT NULL,
  requested_percent numeric(5, 2) NOT NULL CHECK (requested_percent BETWEEN 0 AND 100),
  ceiling_percent   numeric(5, 2) NOT NULL CHECK (ceiling_percent BETWEEN 0 AND 100),
  requested_by_id   bigint NOT NULL,
  requested_by_name varchar(120) NOT NULL,
  requested_at      timestamptz NOT NULL,
  state             varchar(8) NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
  reason            varchar(500),
  decided_by_id     bigint,
  decided_by_name   varchar(120),
  decided_at        timestamptz,
  version           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, requested_by_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by_id) REFERENCES staff_member (tenant_id, id),
  CHECK ((state = 'PENDING') = (decided_at IS NULL)),
  CHECK (state <> 'REJECTED' OR reason IS NOT NULL)
);
CREATE UNIQUE INDEX approval_request_pending ON approval_request (tenant_id, document_kind, document_id)
  WHERE state = 'PENDING';
CREATE INDEX approval_request_inbox ON approval_request (tenant_id, state, requested_at);
SELECT atrium_isolate('approval_request');

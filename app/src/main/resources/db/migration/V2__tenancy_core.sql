-- Tenancy core: operators (tenants), centres, staff and their roles, client companies and members.
-- Every tenant-owned table: tenant_id NOT NULL, PRIMARY KEY (tenant_id, id), composite foreign keys,
-- and row-level security forced on the setting the application binds once per transaction.

CREATE SEQUENCE atrium_id_seq INCREMENT BY 50;

-- The tenant bound to the current transaction; NULL when none, so policies match nothing.
CREATE FUNCTION atrium_current_tenant() RETURNS bigint
  LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('atrium.tenant_id', true), '')::bigint $$;

-- Platform work (creating and suspending tenants) sees the tenant registry, never tenant rows.
CREATE FUNCTION atrium_platform_mode() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('atrium.platform', true), '') = 'on' $$;

-- One call per tenant table, so no table can be isolated differently from the others.
CREATE FUNCTION atrium_isolate(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = atrium_current_tenant())'
                 ' WITH CHECK (tenant_id = atrium_current_tenant())', target);
END $$;

CREATE TABLE tenant (
  id               bigint PRIMARY KEY,
  slug             varchar(40) NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{1,39}$' AND slug <> 'platform'),
  legal_name       varchar(200) NOT NULL,
  default_locale   varchar(2) NOT NULL CHECK (default_locale IN ('en', 'fr')),
  currency         char(3) NOT NULL,
  time_zone        varchar(60) NOT NULL,
  country          char(2) NOT NULL,
  siren            varchar(9),
  siret            varchar(14),
  vat_number       varchar(20),
  pan              varchar(10),
  invoice_mentions text,
  logo_url         varchar(500),
  primary_colour   varchar(7) CHECK (primary_colour ~ '^#[0-9A-Fa-f]{6}$'),
  status           varchar(10) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  version          bigint NOT NULL DEFAULT 0
);
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_registry ON tenant
  USING (id = atrium_current_tenant() OR atrium_platform_mode())
  WITH CHECK (atrium_platform_mode());

-- One GSTIN per Indian state the operator is registered in.
CREATE TABLE tenant_gst_registration (
  tenant_id  bigint NOT NULL REFERENCES tenant (id),
  state_code char(2) NOT NULL CHECK (state_code ~ '^[0-9]{2}$'),
  gstin      varchar(15) NOT NULL,
  PRIMARY KEY (tenant_id, state_code)
);
ALTER TABLE tenant_gst_registration ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_gst_registration FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_gst_registration
  USING (tenant_id = atrium_current_tenant() OR atrium_platform_mode())
  WITH CHECK (tenant_id = atrium_current_tenant() OR atrium_platform_mode());

CREATE TABLE platform_admin (
  id            bigint PRIMARY KEY,
  email         varchar(254) NOT NULL,
  full_name     varchar(120) NOT NULL,
  password_hash varchar(300),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  last_login_at timestamptz,
  version       bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX platform_admin_email ON platform_admin (lower(email));
ALTER TABLE platform_admin ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_admin FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_only ON platform_admin USING (atrium_platform_mode()) WITH CHECK (atrium_platform_mode());

CREATE TABLE centre (
  tenant_id        bigint NOT NULL REFERENCES tenant (id),
  id               bigint NOT NULL,
  code             varchar(8) NOT NULL CHECK (code ~ '^[A-Z0-9]{2,8}$'),
  name             varchar(120) NOT NULL,
  address_line     varchar(200),
  postal_code      varchar(20),
  city             varchar(100),
  country          char(2) NOT NULL,
  time_zone        varchar(60) NOT NULL,
  currency         char(3) NOT NULL,
  tax_scheme       varchar(3) NOT NULL CHECK (tax_scheme IN ('VAT', 'GST')),
  tax_rate         numeric(5, 2) NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
  gstin            varchar(15),
  gst_state_code   char(2),
  opening_hours    varchar(200),
  active           boolean NOT NULL DEFAULT true,
  version          bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  CHECK (tax_scheme = 'VAT' OR (gstin IS NOT NULL AND gst_state_code IS NOT NULL))
);
SELECT atrium_isolate('centre');

CREATE TABLE staff_role (
  tenant_id            bigint NOT NULL REFERENCES tenant (id),
  id                   bigint NOT NULL,
  name                 varchar(80) NOT NULL,
  max_discount_percent numeric(5, 2) NOT NULL DEFAULT 0 CHECK (max_discount_percent BETWEEN 0 AND 100),
  may_see_balances     boolean NOT NULL DEFAULT false,
  version              bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT atrium_isolate('staff_role');

-- Join rows take their tenant from the transaction, as JPA join tables carry no discriminator.
CREATE TABLE staff_role_permission (
  tenant_id  bigint NOT NULL DEFAULT atrium_current_tenant(),
  role_id    bigint NOT NULL,
  permission varchar(40) NOT NULL,
  PRIMARY KEY (tenant_id, role_id, permission),
  FOREIGN KEY (tenant_id, role_id) REFERENCES staff_role (tenant_id, id) ON DELETE CASCADE
);
SELECT atrium_isolate('staff_role_permission');

CREATE TABLE staff_member (
  tenant_id     bigint NOT NULL REFERENCES tenant (id),
  id            bigint NOT NULL,
  full_name     varchar(120) NOT NULL,
  email         varchar(254) NOT NULL,
  phone         varchar(30),
  language      varchar(2) NOT NULL CHECK (language IN ('en', 'fr')),
  all_centres   boolean NOT NULL DEFAULT false,
  active        boolean NOT NULL DEFAULT true,
  password_hash varchar(300),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  last_login_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX staff_member_email ON staff_member (tenant_id, lower(email));
SELECT atrium_isolate('staff_member');

CREATE TABLE staff_member_role (
  tenant_id bigint NOT NULL DEFAULT atrium_current_tenant(),
  staff_id  bigint NOT NULL,
  role_id   bigint NOT NULL,
  PRIMARY KEY (tenant_id, staff_id, role_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, role_id) REFERENCES staff_role (tenant_id, id)
);
SELECT atrium_isolate('staff_member_role');

CREATE TABLE staff_member_centre (
  tenant_id bigint NOT NULL DEFAULT atrium_current_tenant(),
  staff_id  bigint NOT NULL,
  centre_id bigint NOT NULL,
  PRIMARY KEY (tenant_id, staff_id, centre_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id)
);
SELECT atrium_isolate('staff_member_centre');

CREATE TABLE company (
  tenant_id        bigint NOT NULL REFERENCES tenant (id),
  id               bigint NOT NULL,
  name             varchar(200) NOT NULL,
  kind             varchar(8) NOT NULL CHECK (kind IN ('PROSPECT', 'CLIENT')),
  siren            varchar(9),
  siret            varchar(14),
  vat_number       varchar(20),
  gstin            varchar(15),
  email            varchar(254),
  phone            varchar(30),
  billing_line     varchar(200),
  billing_postal_code varchar(20),
  billing_city     varchar(100),
  billing_country  char(2),
  home_centre_id   bigint NOT NULL,
  main_contact_id  bigint,
  status           varchar(8) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  version          bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, home_centre_id) REFERENCES centre (tenant_id, id)
);
CREATE INDEX company_name ON company (tenant_id, lower(name), id);
CREATE INDEX company_home_centre ON company (tenant_id, home_centre_id);
SELECT atrium_isolate('company');

-- A member belongs to a company with a company role; an on-demand user has neither.
CREATE TABLE member (
  tenant_id      bigint NOT NULL REFERENCES tenant (id),
  id             bigint NOT NULL,
  company_id     bigint,
  company_role   varchar(13) CHECK (company_role IN ('ADMINISTRATOR', 'MANAGER', 'USER')),
  full_name      varchar(120) NOT NULL,
  email          varchar(254) NOT NULL,
  phone          varchar(30),
  language       varchar(2) NOT NULL CHECK (language IN ('en', 'fr')),
  home_centre_id bigint NOT NULL,
  status         varchar(8) NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
  password_hash  varchar(300),
  failed_logins  integer NOT NULL DEFAULT 0,
  locked_until   timestamptz,
  last_login_at  timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id),
  FOREIGN KEY (tenant_id, home_centre_id) REFERENCES centre (tenant_id, id),
  CHECK ((company_id IS NULL) = (company_role IS NULL))
);
CREATE UNIQUE INDEX member_email ON member (tenant_id, lower(email));
CREATE INDEX member_company ON member (tenant_id, company_id);
SELECT atrium_isolate('member');

ALTER TABLE company ADD FOREIGN KEY (tenant_id, main_contact_id) REFERENCES member (tenant_id, id)
  DEFERRABLE INITIALLY DEFERRED;

-- Single-use links for account activation and password reset; only the hash is stored.
CREATE TABLE account_token (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  purpose     varchar(10) NOT NULL CHECK (purpose IN ('ACTIVATION', 'RESET')),
  person_kind varchar(6) NOT NULL CHECK (person_kind IN ('STAFF', 'MEMBER')),
  person_id   bigint NOT NULL,
  token_hash  char(64) NOT NULL UNIQUE,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
SELECT atrium_isolate('account_token');

-- API refresh tokens, rotated on every use; only the hash is stored.
CREATE TABLE refresh_token (
  tenant_id   bigint NOT NULL REFERENCES tenant (id),
  id          bigint NOT NULL,
  person_kind varchar(6) NOT NULL CHECK (person_kind IN ('STAFF', 'MEMBER')),
  person_id   bigint NOT NULL,
  token_hash  char(64) NOT NULL UNIQUE,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
SELECT atrium_isolate('refresh_token');

-- Only migrations isolate tables.
REVOKE EXECUTE ON FUNCTION atrium_isolate(regclass) FROM PUBLIC;

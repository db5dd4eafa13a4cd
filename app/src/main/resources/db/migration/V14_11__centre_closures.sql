-- ---------------------------------------------------------------------------------------------
-- Issue 14: the days a centre is closed (public holidays, works), on top of each space's opening
-- hours: no booking touches them, and a weekly booking reports them as taken.
CREATE TABLE centre_closure (
  tenant_id  bigint NOT NULL REFERENCES tenant (id),
  id         bigint NOT NULL,
  centre_id  bigint NOT NULL,
  day        date NOT NULL,
  label      varchar(120) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  UNIQUE (tenant_id, centre_id, day)
);
SELECT atrium_isolate('centre_closure');

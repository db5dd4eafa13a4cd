-- ---------------------------------------------------------------------------------------------
-- Issue 14: day passes (000 workflow 4, "Creating Day Pass Bookings"). Staff sell a day at a
-- centre's workspace type (a catalogue item of the DAY_PASS service, sold by the day) to an
-- existing member or to a new on-demand walk-in. Its invoice is issued at once (000: "A Day Pass
-- invoice is instantly generated"), from a consumption of the member; with payment PAYMENT_LINK the
-- member is also mailed a link to pay it in the client space. One confirmed pass per member a day.
CREATE TABLE day_pass (
  tenant_id       bigint NOT NULL REFERENCES tenant (id),
  id              bigint NOT NULL,
  centre_id       bigint NOT NULL,
  member_id       bigint NOT NULL,
  item_id         bigint NOT NULL,
  day             date NOT NULL,
  status          varchar(10) NOT NULL DEFAULT 'CONFIRMED' CHECK (status IN ('CONFIRMED', 'CANCELLED')),
  payment         varchar(12) NOT NULL CHECK (payment IN ('INVOICE', 'PAYMENT_LINK')),
  net_total       numeric(14,2) NOT NULL,
  gross_total     numeric(14,2) NOT NULL,
  currency        char(3) NOT NULL,
  consumption_id  bigint,
  invoice_id      bigint,
  created_by_id   bigint,
  created_at      timestamptz NOT NULL DEFAULT now(),
  cancelled_at    timestamptz,
  version         bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, id),
  FOREIGN KEY (tenant_id, item_id) REFERENCES catalogue_item (tenant_id, id),
  FOREIGN KEY (tenant_id, consumption_id) REFERENCES consumption (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
CREATE UNIQUE INDEX day_pass_one_a_day ON day_pass (tenant_id, member_id, day) WHERE status = 'CONFIRMED';
CREATE INDEX day_pass_centre_day ON day_pass (tenant_id, centre_id, day);
SELECT atrium_isolate('day_pass');

-- ---------------------------------------------------------------------------------------------
-- Issue 14: booking rules, per centre (space_id NULL: the centre's defaults) and per space (its
-- own values, each NULL one falling back to the centre's, then to Atrium's default). A refused
-- booking names the rule that refused it and its value.
CREATE TABLE booking_rule (
  tenant_id              bigint NOT NULL REFERENCES tenant (id),
  id                     bigint NOT NULL,
  centre_id              bigint NOT NULL,
  space_id               bigint,
  min_minutes            integer CHECK (min_minutes BETWEEN 5 AND 1440),
  max_minutes            integer CHECK (max_minutes BETWEEN 5 AND 1440),
  granularity_minutes    integer CHECK (granularity_minutes IN (5, 10, 15, 20, 30, 60)),
  buffer_minutes         integer CHECK (buffer_minutes BETWEEN 0 AND 240),
  max_days_ahead         integer CHECK (max_days_ahead BETWEEN 0 AND 730),
  min_notice_minutes     integer CHECK (min_notice_minutes BETWEEN 0 AND 10080),
  cancel_window_hours    integer CHECK (cancel_window_hours BETWEEN 0 AND 720),
  late_cancel_fee_percent numeric(5,2) CHECK (late_cancel_fee_percent BETWEEN 0 AND 100),
  weekly_quota_hours     integer CHECK (weekly_quota_hours BETWEEN 1 AND 168),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  version                bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, centre_id) REFERENCES centre (tenant_id, id),
  FOREIGN KEY (tenant_id, space_id) REFERENCES space (tenant_id, id),
  CHECK (min_minutes IS NULL OR max_minutes IS NULL OR min_minutes <= max_minutes)
);
CREATE UNIQUE INDEX booking_rule_centre ON booking_rule (tenant_id, centre_id) WHERE space_id IS NULL;
CREATE UNIQUE INDEX booking_rule_space ON booking_rule (tenant_id, space_id) WHERE space_id IS NOT NULL;
SELECT atrium_isolate('booking_rule');

-- A late cancellation's fee, billed as a consumption of the payer.
ALTER TABLE booking ADD COLUMN late_fee_consumption_id bigint,
  ADD FOREIGN KEY (tenant_id, late_fee_consumption_id) REFERENCES consumption (tenant_id, id);

package io.atrium.reception;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The tenant's reception settings: one row at most, none meaning the defaults. Visitors' personal
 * data is kept {@link #DEFAULT_RETENTION_DAYS} days after their visit unless the operator says
 * otherwise (1 day to 10 years).
 */
@Entity
@Table(name = "reception_setting")
public class ReceptionSettings extends TenantEntity {

  public static final int DEFAULT_RETENTION_DAYS = 365;

  @Min(value = 1, message = "{reception.retention.invalid}")
  @Max(value = 3650, message = "{reception.retention.invalid}")
  @Column(name = "visitor_retention_days")
  private int visitorRetentionDays = DEFAULT_RETENTION_DAYS;

  public int getVisitorRetentionDays() {
    return visitorRetentionDays;
  }

  public void setVisitorRetentionDays(int visitorRetentionDays) {
    this.visitorRetentionDays = visitorRetentionDays;
  }
}

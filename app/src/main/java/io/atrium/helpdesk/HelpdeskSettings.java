package io.atrium.helpdesk;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The tenant's helpdesk settings, one row written by the settings page: how many days a solved
 * ticket may be reopened before it closes by itself.
 */
@Entity
@Table(name = "helpdesk_settings")
public class HelpdeskSettings extends TenantEntity {

  public static final int DEFAULT_REOPEN_DAYS = 7;
  public static final int MAX_REOPEN_DAYS = 90;

  @Column(name = "reopen_days")
  private int reopenDays = DEFAULT_REOPEN_DAYS;

  public HelpdeskSettings() {}

  public int getReopenDays() {
    return reopenDays;
  }

  public void setReopenDays(int reopenDays) {
    this.reopenDays = reopenDays;
  }
}

package io.atrium.helpdesk;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The tenant's SLA targets for one ticket type, in hours: first response and resolution. A type
 * without a saved row uses its defaults ({@link TicketType}).
 */
@Entity
@Table(name = "ticket_sla_target")
public class SlaTarget extends TenantEntity {

  public static final int MAX_HOURS = 2000;

  @Enumerated(EnumType.STRING)
  private TicketType type;

  @Column(name = "first_response_hours")
  private int firstResponseHours;

  @Column(name = "resolution_hours")
  private int resolutionHours;

  protected SlaTarget() {}

  public SlaTarget(TicketType type, int firstResponseHours, int resolutionHours) {
    this.type = type;
    this.firstResponseHours = firstResponseHours;
    this.resolutionHours = resolutionHours;
  }

  public static SlaTarget defaultFor(TicketType type) {
    return new SlaTarget(type, type.defaultFirstResponseHours(), type.defaultResolutionHours());
  }

  /** Whether both targets are whole hours within bounds and resolution comes after response. */
  public boolean valid() {
    return firstResponseHours >= 1
        && resolutionHours <= MAX_HOURS
        && resolutionHours >= firstResponseHours;
  }

  void takeHoursFrom(SlaTarget edited) {
    firstResponseHours = edited.firstResponseHours;
    resolutionHours = edited.resolutionHours;
  }

  public TicketType getType() {
    return type;
  }

  public int getFirstResponseHours() {
    return firstResponseHours;
  }

  public void setFirstResponseHours(int firstResponseHours) {
    this.firstResponseHours = firstResponseHours;
  }

  public int getResolutionHours() {
    return resolutionHours;
  }

  public void setResolutionHours(int resolutionHours) {
    this.resolutionHours = resolutionHours;
  }
}

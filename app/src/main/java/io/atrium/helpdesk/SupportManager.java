package io.atrium.helpdesk;

import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A staff member chosen in the helpdesk settings as a support manager of a centre (document 002):
 * told of every new ticket there and of the activity on each.
 */
@Entity
@Table(name = "support_manager")
public class SupportManager extends TenantEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id")
  private Centre centre;

  @ManyToOne(optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  protected SupportManager() {}

  public SupportManager(Centre centre, StaffMember staff) {
    this.centre = centre;
    this.staff = staff;
  }

  public Centre getCentre() {
    return centre;
  }

  public StaffMember getStaff() {
    return staff;
  }
}

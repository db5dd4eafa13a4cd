package io.atrium.helpdesk;

import io.atrium.directory.Member;
import io.atrium.staff.StaffMember;
import java.io.Serializable;

/** Who acts on a ticket: a staff member, a member, or no one (the system, e.g. auto-closing). */
public record TicketActor(StaffMember staff, Member member) implements Serializable {

  public static final TicketActor SYSTEM = new TicketActor(null, null);

  public static TicketActor of(StaffMember staff) {
    return new TicketActor(staff, null);
  }

  public static TicketActor of(Member member) {
    return new TicketActor(null, member);
  }

  public boolean isStaff() {
    return staff != null;
  }

  public boolean isMember() {
    return member != null;
  }

  /** The person's name, or null for the system. */
  public String name() {
    return staff != null ? staff.getFullName() : member != null ? member.getFullName() : null;
  }

  public boolean is(StaffMember other) {
    return staff != null && staff.equals(other);
  }

  public boolean is(Member other) {
    return member != null && member.equals(other);
  }
}

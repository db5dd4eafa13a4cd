package io.atrium.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaffMemberTest {

  @Test
  void aNewStaffMemberIsInvitedUntilTheyHaveAPassword() {
    StaffMember staff = new StaffMember("Zoé Nouvelle", "zoe@lumiere.test", "fr");
    assertEquals(StaffMember.Status.INVITED, staff.getStatus());
    staff.getLogin().changePassword("hash");
    assertEquals(StaffMember.Status.ACTIVE, staff.getStatus());
  }

  @Test
  void aDeactivatedStaffMemberIsDeactivatedWithOrWithoutAPassword() {
    StaffMember invited = new StaffMember("Léon Mercier", "leon@lumiere.test", "fr");
    invited.deactivate();
    assertEquals(StaffMember.Status.DEACTIVATED, invited.getStatus());
    StaffMember active = new StaffMember("Inès Benali", "ines@lumiere.test", "fr");
    active.getLogin().changePassword("hash");
    active.deactivate();
    assertEquals(StaffMember.Status.DEACTIVATED, active.getStatus());
  }
}

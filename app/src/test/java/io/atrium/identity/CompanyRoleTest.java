package io.atrium.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompanyRoleTest {

  @Test
  void onlyAdministratorsAndManagersManageTheCompanysMembers() {
    assertTrue(CompanyRole.ADMINISTRATOR.may(ClientRight.MEMBERS));
    assertTrue(CompanyRole.MANAGER.may(ClientRight.MEMBERS));
    assertFalse(CompanyRole.USER.may(ClientRight.MEMBERS));
  }

  @Test
  void theUserKeepsTheManagersOtherRightsButPaidBookings() {
    for (ClientRight right : ClientRight.values()) {
      boolean expected =
          CompanyRole.MANAGER.may(right)
              && right != ClientRight.PAID_BOOKINGS
              && right != ClientRight.MEMBERS;
      assertTrue(CompanyRole.USER.may(right) == expected, right.name());
    }
  }

  @Test
  void rolesRankFromAdministratorToUser() {
    assertTrue(CompanyRole.ADMINISTRATOR.above(CompanyRole.MANAGER));
    assertTrue(CompanyRole.MANAGER.above(CompanyRole.USER));
    assertFalse(CompanyRole.MANAGER.above(CompanyRole.MANAGER));
    assertFalse(CompanyRole.USER.above(CompanyRole.ADMINISTRATOR));
  }
}

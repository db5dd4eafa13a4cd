package io.atrium.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleProvisioningTest {

  @Test
  void theApplicationRoleCanNeitherBypassRowSecurityNorEscalate() {
    String sql = RoleProvisioning.appRole("atrium_app", "secret");
    assertTrue(sql.contains("NOBYPASSRLS"));
    assertTrue(sql.contains("NOSUPERUSER"));
    assertTrue(sql.contains("NOCREATEROLE"));
    assertFalse(sql.contains(" BYPASSRLS"));
  }

  @Test
  void provisioningCanRunAgainOnAnExistingDatabase() {
    String sql = RoleProvisioning.ownerRole("atrium_owner", "secret");
    assertTrue(sql.contains("IF NOT EXISTS"));
    assertTrue(sql.contains("ALTER ROLE \"atrium_owner\""));
  }

  @Test
  void configuredNamesAndPasswordsCannotBreakOutOfTheirQuotes() {
    assertEquals("\"we\"\"ird\"", RoleProvisioning.identifier("we\"ird"));
    assertEquals("'it''s'", RoleProvisioning.literal("it's"));
    String sql = RoleProvisioning.appRole("app", "x'; DROP DATABASE atrium; --");
    assertTrue(sql.contains("'x''; DROP DATABASE atrium; --'"));
  }
}

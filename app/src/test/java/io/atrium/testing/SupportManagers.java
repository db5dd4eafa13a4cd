package io.atrium.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * From a client test: a centre's support managers, written in the database. A manifest cannot
 * declare them, so a test working in an imported copy of a demo operator sets them here instead of
 * changing the demo tenant's; in-server helpdesk tests use {@code HelpdeskFixtures.managers}.
 */
public final class SupportManagers {

  private SupportManagers() {}

  /** Makes exactly these staff members (by e-mail) the support managers of the centre. */
  public static void setFromClient(long tenantId, String centreCode, String... emails) {
    try (Connection connection = TestDatabase.appConnectionFromClient()) {
      connection.setAutoCommit(false);
      TestDatabase.bindTenant(connection, tenantId);
      try (PreparedStatement clear =
          connection.prepareStatement(
              "DELETE FROM support_manager WHERE centre_id = (SELECT id FROM centre WHERE code = ?)")) {
        clear.setString(1, centreCode);
        clear.executeUpdate();
      }
      for (String email : emails) {
        try (PreparedStatement add =
            connection.prepareStatement(
                "INSERT INTO support_manager (tenant_id, id, centre_id, staff_id)"
                    + " SELECT c.tenant_id, nextval('atrium_id_seq'), c.id, s.id"
                    + " FROM centre c, staff_member s WHERE c.code = ? AND s.email = ?")) {
          add.setString(1, centreCode);
          add.setString(2, email);
          if (add.executeUpdate() != 1) {
            throw new IllegalStateException(
                "No centre " + centreCode + " or staff member " + email + " in " + tenantId);
          }
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

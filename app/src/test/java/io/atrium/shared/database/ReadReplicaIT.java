package io.atrium.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports' data source (jdbc/atriumRead; DB_READ_URL unset here, so the primary) connects as
 * the application's role and is bound by row-level security like the primary's pool: a report
 * written against it sees one tenant's rows, and none before a tenant is bound.
 */
@ExtendWith(ArquillianExtension.class)
class ReadReplicaIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject TestTenants tenants;

  private static Connection readConnection() throws Exception {
    DataSource reads = InitialContext.doLookup("jdbc/atriumRead");
    return reads.getConnection();
  }

  @Test
  void connectsAsTheApplicationRoleUnderItsOwnName() throws Exception {
    try (Connection c = readConnection();
        Statement s = c.createStatement();
        ResultSet row =
            s.executeQuery(
                "SELECT current_user, current_setting('application_name'), r.rolbypassrls "
                    + "FROM pg_roles r WHERE r.rolname = current_user")) {
      assertTrue(row.next());
      assertEquals("atrium_app", row.getString(1));
      assertEquals("atrium-read", row.getString(2));
      assertFalse(row.getBoolean(3), "the role cannot bypass row-level security");
    }
  }

  @Test
  void readsOnlyTheBoundTenantsRows() throws Exception {
    long lumiere = tenants.idOf("lumiere");
    long lumiereCompanies = tenants.rows("lumiere", "company");
    assertTrue(lumiereCompanies > 0, "lumiere has client companies");
    assertTrue(tenants.rows("banyan", "company") > 0, "so does another tenant");

    try (Connection c = readConnection()) {
      c.setAutoCommit(false);
      try {
        assertEquals(0, count(c), "no tenant bound, no row");
        TestDatabase.bindTenant(c, lumiere);
        assertEquals(lumiereCompanies, count(c), "lumiere's companies, and only them");
      } finally {
        c.rollback();
      }
    }
  }

  private static long count(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT count(*) FROM company")) {
      row.next();
      return row.getLong(1);
    }
  }
}

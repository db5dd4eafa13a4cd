package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.testing.Deployments;
import io.atrium.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database's half of tenancy, read from PostgreSQL's catalogue as the application's role sees
 * it: every table with a {@code tenant_id} has row-level security enabled and forced, and policies
 * that key on the bound tenant; the role itself cannot get around them. A migration that adds a
 * tenant table without {@code atrium_isolate} fails here, naming the table.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityCatalogIT {

  /** Tenant tables with what a leak-proof table must have; one row each. */
  private static final String ISOLATION =
      """
      SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
             (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c
      WHERE c.relname = ANY (?) AND c.relnamespace = 'public'::regnamespace
      ORDER BY c.relname""";

  /**
   * Permissive policies that apply to the application's role (to PUBLIC or a role it is a member
   * of) but do not key on the bound tenant. Permissive policies are OR-ed: one {@code USING (true)}
   * would open the table whatever the others say.
   */
  private static final String LOOSE_POLICIES =
      """
      SELECT c.relname || '.' || p.polname
      FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
      WHERE c.relname = ANY (?) AND c.relnamespace = 'public'::regnamespace AND p.polpermissive
        AND EXISTS (SELECT FROM unnest(p.polroles) r
                    WHERE r = 0 OR pg_has_role(current_user, r, 'MEMBER'))
        AND NOT (coalesce(pg_get_expr(p.polqual, p.polrelid), 'atrium_current_tenant()')
                   LIKE '%atrium_current_tenant()%'
                 AND coalesce(pg_get_expr(p.polwithcheck, p.polrelid), 'atrium_current_tenant()')
                   LIKE '%atrium_current_tenant()%')
      ORDER BY 1""";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void everyTenantTableHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
    try (Connection app = TestDatabase.appConnectionInServer()) {
      List<String> tables = TestDatabase.tenantTables(app);
      assertTrue(tables.size() >= 10, "the catalogue query finds the tenant tables: " + tables);
      assertTrue(
          tables.containsAll(List.of("centre", "company", "member", "audit_entry")),
          tables.toString());

      List<String> unprotected = new ArrayList<>();
      try (var query = app.prepareStatement(ISOLATION)) {
        query.setArray(1, app.createArrayOf("text", tables.toArray()));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            String table = rows.getString("relname");
            if (!rows.getBoolean("relrowsecurity")) {
              unprotected.add(table + " (row-level security not enabled)");
            }
            if (!rows.getBoolean("relforcerowsecurity")) {
              unprotected.add(table + " (row-level security not forced)");
            }
            if (rows.getLong("policies") == 0) {
              unprotected.add(table + " (no policy)");
            }
          }
        }
      }
      assertEquals(
          List.of(),
          unprotected,
          "tenant tables without isolation; isolate each with SELECT atrium_isolate('<table>')");
    }
  }

  @Test
  void noPolicyOpensATenantTableToTheApplicationBeyondItsTenant() throws SQLException {
    try (Connection app = TestDatabase.appConnectionInServer()) {
      List<String> loose = new ArrayList<>();
      try (var query = app.prepareStatement(LOOSE_POLICIES)) {
        query.setArray(1, app.createArrayOf("text", TestDatabase.tenantTables(app).toArray()));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            loose.add(rows.getString(1));
          }
        }
      }
      assertEquals(List.of(), loose, "permissive policies not keyed on atrium_current_tenant()");
    }
  }

  @Test
  void noViewOrMaterializedViewShowsTenantRowsPastTheirPolicies() throws SQLException {
    // A view runs with its owner's rights unless it is security_invoker; a materialized view has
    // no row-level security at all.
    List<String> leaking = new ArrayList<>();
    try (Connection app = TestDatabase.appConnectionInServer();
        Statement statement = app.createStatement();
        ResultSet rows =
            statement.executeQuery(
                """
                SELECT c.relname FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm', 'f')
                  AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid
                              AND a.attname = 'tenant_id' AND NOT a.attisdropped)
                  AND NOT (c.relkind = 'v'
                           AND 'security_invoker=true' = ANY (coalesce(c.reloptions, '{}')))
                ORDER BY 1""")) {
      while (rows.next()) {
        leaking.add(rows.getString(1));
      }
    }
    assertEquals(List.of(), leaking, "views over tenant rows must be security_invoker");
  }

  @Test
  void theApplicationRoleCannotGetAroundThePolicies() throws SQLException {
    try (Connection app = TestDatabase.appConnectionInServer();
        Statement statement = app.createStatement();
        ResultSet role =
            statement.executeQuery(
                """
                SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
                FROM pg_roles r WHERE r.rolname = current_user""")) {
      assertTrue(role.next());
      assertEquals("atrium_app", role.getString("rolname"), "tests run as the application's role");
      assertFalse(role.getBoolean("rolsuper"), "superuser ignores row-level security");
      assertFalse(role.getBoolean("rolbypassrls"), "BYPASSRLS ignores row-level security");
      assertEquals(0, role.getLong("owned"), "an owner can disable its table's security");
    }
  }
}

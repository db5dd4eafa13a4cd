package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The database's scale path (app/ARCHITECTURE.md): the migrated schema, read from PostgreSQL's
 * catalogue, could be distributed by {@code tenant_id} with Citus. Citus refuses a distributed
 * table whose unique keys leave out the distribution column, and a foreign key between distributed
 * tables that does not join on it; a reference (tenant-less) table may not point at a distributed
 * one. Each obstacle is reported as the table and constraint that a migration must fix.
 */
@ExtendWith(ArquillianExtension.class)
class ScalePathIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  /** Tables of schema public with a tenant_id column, and that column's number; not partitions. */
  private static final String TENANT_TABLES =
      """
      WITH tenant_table AS (
        SELECT c.oid, c.relname, a.attnum AS tenant_column
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition)
      """;

  private static final String PRIMARY_KEYS =
      TENANT_TABLES
          + """
          SELECT t.relname, k.conname,
                 (SELECT a.attname FROM pg_attribute a
                   WHERE a.attrelid = t.oid AND a.attnum = k.conkey[1]) AS first_column
          FROM tenant_table t
          LEFT JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'p'
          WHERE k.conname IS NULL OR k.conkey[1] <> t.tenant_column
          ORDER BY 1""";

  /** Both sides must carry tenant_id, paired with each other, so a row joins only its tenant's. */
  private static final String FOREIGN_KEYS_BETWEEN_TENANT_TABLES =
      TENANT_TABLES
          + """
          SELECT src.relname, f.conname, dst.relname
          FROM pg_constraint f
          JOIN tenant_table src ON src.oid = f.conrelid
          JOIN tenant_table dst ON dst.oid = f.confrelid
          WHERE f.contype = 'f'
            AND coalesce(array_position(f.conkey, src.tenant_column)
                         <> array_position(f.confkey, dst.tenant_column), true)
          ORDER BY 1, 2""";

  private static final String FOREIGN_KEYS_INTO_TENANT_TABLES =
      TENANT_TABLES
          + """
          SELECT src.relname, f.conname, dst.relname
          FROM pg_constraint f
          JOIN pg_class src ON src.oid = f.conrelid
          JOIN tenant_table dst ON dst.oid = f.confrelid
          WHERE f.contype = 'f' AND f.conrelid NOT IN (SELECT oid FROM tenant_table)
          ORDER BY 1, 2""";

  /** Unique constraints and unique indexes other than the primary key, by their key columns. */
  private static final String UNIQUE_KEYS =
      TENANT_TABLES
          + """
          SELECT t.relname, i.relname
          FROM pg_index x
          JOIN tenant_table t ON t.oid = x.indrelid
          JOIN pg_class i ON i.oid = x.indexrelid
          WHERE x.indisunique AND NOT x.indisprimary
            AND NOT EXISTS (SELECT FROM generate_series(0, x.indnkeyatts - 1) k
                            WHERE x.indkey[k] = t.tenant_column)
          ORDER BY 1, 2""";

  @Test
  void everyTenantTableCouldBeDistributedByTenant() throws SQLException {
    try (Connection app = TestDatabase.appConnectionInServer()) {
      assertEquals(
          List.of(),
          obstacles(app),
          "keys that stop the schema being distributed by tenant_id (app/ARCHITECTURE.md)");
    }
  }

  /**
   * The check itself, on tables made for it in a transaction that is rolled back: each kind of
   * obstacle is found and named, so an empty list above means a clean schema, not a blind query.
   */
  @Test
  void eachKindOfObstacleIsNamedWithItsTableAndConstraint() throws SQLException {
    try (Connection owner = TestDatabase.ownerConnectionInServer()) {
      owner.setAutoCommit(false);
      try (Statement ddl = owner.createStatement()) {
        ddl.execute(
            """
            CREATE TABLE scale_probe_parent (
              tenant_id bigint NOT NULL, id bigint NOT NULL, code varchar(10),
              PRIMARY KEY (tenant_id, id),
              CONSTRAINT scale_probe_parent_code UNIQUE (code),
              CONSTRAINT scale_probe_parent_id UNIQUE (id));
            CREATE TABLE scale_probe_id_first (
              tenant_id bigint NOT NULL, id bigint NOT NULL,
              CONSTRAINT scale_probe_id_first_pk PRIMARY KEY (id, tenant_id));
            CREATE TABLE scale_probe_keyless (tenant_id bigint NOT NULL, id bigint NOT NULL);
            CREATE TABLE scale_probe_child (
              tenant_id bigint NOT NULL, id bigint NOT NULL, parent_id bigint,
              PRIMARY KEY (tenant_id, id),
              CONSTRAINT scale_probe_child_parent FOREIGN KEY (parent_id)
                REFERENCES scale_probe_parent (id));
            CREATE TABLE scale_probe_global (
              id bigint PRIMARY KEY, parent_tenant bigint, parent_id bigint,
              CONSTRAINT scale_probe_global_parent FOREIGN KEY (parent_tenant, parent_id)
                REFERENCES scale_probe_parent (tenant_id, id));
            """);
        List<String> found = obstacles(owner);
        for (String expected :
            List.of(
                "scale_probe_parent: unique key scale_probe_parent_code",
                "scale_probe_parent: unique key scale_probe_parent_id",
                "scale_probe_id_first: primary key scale_probe_id_first_pk starts with id",
                "scale_probe_keyless: no primary key",
                "scale_probe_child: foreign key scale_probe_child_parent",
                "scale_probe_global: foreign key scale_probe_global_parent")) {
          assertTrue(
              found.stream().anyMatch(line -> line.startsWith(expected)),
              expected + " is not among " + found);
        }
      } finally {
        owner.rollback();
      }
    }
  }

  /** One line per obstacle, starting with the table it is on. */
  private static List<String> obstacles(Connection connection) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Statement query = connection.createStatement()) {
      try (ResultSet rows = query.executeQuery(PRIMARY_KEYS)) {
        while (rows.next()) {
          found.add(
              rows.getString(2) == null
                  ? rows.getString(1) + ": no primary key, so no key leading with tenant_id"
                  : rows.getString(1)
                      + ": primary key "
                      + rows.getString(2)
                      + " starts with "
                      + rows.getString(3)
                      + ", not tenant_id");
        }
      }
      try (ResultSet rows = query.executeQuery(FOREIGN_KEYS_BETWEEN_TENANT_TABLES)) {
        while (rows.next()) {
          found.add(
              rows.getString(1)
                  + ": foreign key "
                  + rows.getString(2)
                  + " to "
                  + rows.getString(3)
                  + " does not pair tenant_id with tenant_id");
        }
      }
      try (ResultSet rows = query.executeQuery(FOREIGN_KEYS_INTO_TENANT_TABLES)) {
        while (rows.next()) {
          found.add(
              rows.getString(1)
                  + ": foreign key "
                  + rows.getString(2)
                  + " from a table without tenant_id to the tenant table "
                  + rows.getString(3));
        }
      }
      try (ResultSet rows = query.executeQuery(UNIQUE_KEYS)) {
        while (rows.next()) {
          found.add(
              rows.getString(1)
                  + ": unique key "
                  + rows.getString(2)
                  + " does not include tenant_id");
        }
      }
    }
    return found;
  }
}

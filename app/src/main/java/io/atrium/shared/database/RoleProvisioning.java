package io.atrium.shared.database;

/**
 * SQL that creates the two database roles idempotently.
 *
 * <p>The owner role owns the schema and runs Flyway. The application role is deliberately weak: not
 * superuser, no BYPASSRLS, cannot create roles or databases, so that row-level security binds it.
 */
final class RoleProvisioning {

  private RoleProvisioning() {}

  static String ownerRole(String name, String password) {
    return createOrAlter(name, password, "LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB");
  }

  static String appRole(String name, String password) {
    return createOrAlter(
        name, password, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOREPLICATION");
  }

  private static String createOrAlter(String name, String password, String attributes) {
    String role = identifier(name);
    String secret = literal(password);
    return """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %s) THEN
            CREATE ROLE %s %s PASSWORD %s;
          ELSE
            ALTER ROLE %s %s PASSWORD %s;
          END IF;
        END $$"""
        .formatted(literal(name), role, attributes, secret, role, attributes, secret);
  }

  /** Quotes an SQL identifier; names come from configuration, never from users. */
  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}

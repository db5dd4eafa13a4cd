-- The application role reads and writes rows; it never owns or changes the schema. Every table and
-- sequence the owner creates from here on is usable by it without a grant per migration.
-- Row-level security (next migrations) binds it because it is neither owner nor superuser.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

-- Readiness reports the schema version as the application role sees it.
GRANT SELECT ON flyway_schema_history TO ${appRole};

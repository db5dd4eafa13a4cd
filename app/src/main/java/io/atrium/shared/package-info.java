/**
 * The thin base every capability stands on: database start-up and migrations, problem details for
 * the REST API, health checks.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Flyway is the only owner of the schema; it migrates as the owner role before anything else
 *       touches the database. EclipseLink never generates DDL.
 *   <li>The application connects as a role that is neither owner nor superuser and cannot bypass
 *       row-level security.
 *   <li>In embedded mode the application starts its own PostgreSQL before the first connection and
 *       stops it with the server; in external mode it starts nothing.
 *   <li>The database is started and migrated on its own thread from the moment CDI boots ({@code
 *       DatabaseBootstrap}), in parallel with the rest of the deployment; the application is not
 *       started (and takes no request) until that work has succeeded.
 *   <li>{@code shared.web} holds what every capability's pages share ({@code PageErrors}); the
 *       shell ({@code io.atrium.web}) sits above the capabilities, so they never call it.
 * </ol>
 *
 * <p>May call: nothing else in Atrium.
 */
package io.atrium.shared;

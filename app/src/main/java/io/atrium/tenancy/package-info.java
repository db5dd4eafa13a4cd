/**
 * Operators (tenants), their centres, and the binding of every transaction to one tenant.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Every tenant-owned table has {@code tenant_id NOT NULL}, {@code PRIMARY KEY (tenant_id,
 *       id)} and composite foreign keys; ids come from one global sequence. Its unique keys include
 *       {@code tenant_id} too, so the schema can be distributed by tenant (Citus; {@code
 *       ScalePathIT} reads the catalogue, app/ARCHITECTURE.md says what would change).
 *   <li>Tenant entities extend {@link io.atrium.tenancy.TenantEntity}: EclipseLink filters every
 *       statement on the tenant and refuses to run with none.
 *   <li>{@link io.atrium.tenancy.TenantBinding} binds the tenant once per transaction, for
 *       EclipseLink and for PostgreSQL's row-level security ({@code atrium.tenant_id},
 *       transaction-local). A transaction never changes tenant.
 *   <li>A request's tenant is its signed-in caller's; background work names it with {@link
 *       io.atrium.tenancy.Tenancy#runAsTenant}; platform work (the registry) with {@code
 *       runAsPlatform}; creating a tenant with {@code runAsProvisioning}.
 *   <li>Row-level security is enabled and forced on every table with a {@code tenant_id}; with no
 *       tenant set a query sees nothing.
 *   <li>Centre scoping: lists, counts and by-id reads of centre-bound rows go through the caller's
 *       {@link io.atrium.identity.CentreScope}.
 *   <li>An id in a request body (a centre, requester, host, assignee, role…) passes the same checks
 *       as an id in a path: the tenant, the caller's centres and rights, and the rules of its field
 *       (a host of the visit's centre, an assignee of the ticket's). The refusal is one field error
 *       naming the field (the API's validation problem, page messages beside the field), with one
 *       message whether the row is absent, another tenant's, another centre's or not usable there,
 *       so that a refusal tells nothing about rows the caller may not see. The body-id isolation
 *       test ({@code BodyIdIsolationIT}) finds every request record with an id field and fails on
 *       one without a case.
 * </ol>
 *
 * <p>Words: Opérateur → {@code Tenant}, Centre/site → {@code Centre}.
 *
 * <p>May call: shared, identity.
 */
package io.atrium.tenancy;

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
 *   <li>Scheduled work is a {@link io.atrium.tenancy.jobs.TenantJob} ({@code tenancy.jobs}): a
 *       name, a period and the work for one tenant. Every server schedules every job ({@link
 *       io.atrium.tenancy.jobs.TenantJobRunner}) and looks for due tenants more often than the
 *       period (at most every minute); each tenant's run is claimed in PostgreSQL, on its row of
 *       {@code tenant_job}, so that with N servers a tenant's job runs at most once per period and
 *       a run whose server died is taken over: a one-transaction job holds its row {@code FOR
 *       UPDATE SKIP LOCKED} until it commits (a dead server's connection rolls back), a batched job
 *       holds a five-minute lease renewed between batches. The period runs from the start of the
 *       last completed run, on the database's clock; a tenant's first run comes one period after it
 *       was created. A failed tenant is logged and noted ({@code last_error}), the others go on,
 *       and the next tick retries it. On stop, schedules are cancelled and the running tenant's
 *       transaction or batch ends and gives its claim back. Jobs write as the system actor, with
 *       the audit entries of the commands they perform.
 *   <li>A new job (the billing run, booking reminders…) is an {@code @ApplicationScoped} bean
 *       implementing {@code TenantJob} in its capability, and nothing more: {@code TRANSACTION}
 *       when one tenant's work fits one transaction; {@code LEASE} when it commits in chunks
 *       (billing), each chunk idempotent (the rows it has done are marked done, or a unique key
 *       refuses a second), calling {@link io.atrium.tenancy.jobs.TenantRun#renew} between chunks
 *       and returning when it says false; {@code ROWS} when it claims its own rows like the outbox.
 *       Progress a page shows lives in the job's own tables; {@link
 *       io.atrium.tenancy.jobs.TenantJobRunner#runNow} starts a pass at once.
 * </ol>
 *
 * <p>Words: Opérateur → {@code Tenant}, Centre/site → {@code Centre}.
 *
 * <p>May call: shared, identity.
 */
package io.atrium.tenancy;

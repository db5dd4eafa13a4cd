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
 *   <li>{@code shared.web} is the one package of helpers every capability's pages share: {@code
 *       PageErrors} (a refusal shown beside its field; {@code run}/{@code step} make an action one
 *       line), {@code EntityParam} (the base of each aggregate's OmniFaces {@code @Param}
 *       converter: an address's id becomes the row through the capability's service, or 404) and
 *       {@code SameAddress} (a page shown again at its own address). No capability keeps its own
 *       copy. The shell ({@code io.atrium.web}) sits above the capabilities, so they never call it.
 *   <li>The operations home is built the same way: each capability contributes a {@code
 *       shared.web.HomeTile} bean (its figures for the caller's centres, each linking to its
 *       filtered list) and fires {@code shared.web.TodayChanged} in the transaction of a change the
 *       tile counts; the shell collects the tiles and pushes the change to open homes.
 *   <li>Every JSON request body is read strictly, in one place ({@code api.StrictJsonReader}): at
 *       most 256 kB (413 beyond, refused without reading the rest) and 16 levels of nesting, no
 *       duplicate key, nothing after the document, no unknown field, and no coercion (a string is
 *       never a number or a boolean, {@code 1.5} never an integer). Request types are records.
 *   <li>Every text a person types obeys {@link io.atrium.shared.Text}: no control character (line
 *       breaks and tabs only in multi-line fields: descriptions, comments, notes), no lone
 *       surrogate, at most its column's length. API records carry it with {@code @Valid} on the
 *       resource parameter; forms get it from the entity or form bean they bind, or from the
 *       service's own field checks.
 *   <li>A day to plan (an event, a visit) is at most {@link io.atrium.shared.Horizon#YEARS} years
 *       ahead; later dates are typing mistakes and are refused on the field.
 *   <li>Dates, times and numbers a person reads (pages, mails, CSV, PDF) are written by {@link
 *       io.atrium.shared.format.Formats} only: fr-FR for French, en-IN for English in India, en-GB
 *       for English elsewhere (never the US month-first order), instants on the clock of the centre
 *       they concern. Pages get the request's instance by injection or as {@code #{fmt}}; mails
 *       build one for their recipient's language. CSV files use {@code ;} where the decimal mark is
 *       a comma ({@link io.atrium.shared.csv.CsvWriter}).
 *   <li>Every refusal of the API is problem+json, a Content-Type that cannot be parsed included
 *       (415, {@code api.ContentTypeFilter}). The OpenAPI document declares the bearer scheme, an
 *       operationId and the problem answers of every operation ({@code api.ApiDocumentFilter}).
 *   <li>A request that fails because the database is out of reach (refused or broken connections,
 *       PostgreSQL shutting down: {@link io.atrium.shared.database.DatabaseOutage}) answers 503
 *       with {@code Retry-After}, never 500: problem+json from {@code api.ProblemMapper}, the short
 *       error page of {@code web.DatabaseOutageFilter} for pages. It is not the caller's fault nor
 *       a defect, and the same request succeeds once the database is back.
 *   <li>Readiness ({@code health}) is proven, not assumed: a new connection opened through the
 *       driver as the application's role (never one from the pool, which outlives a database that
 *       refuses new ones), the schema migrated, and with {@code CLUSTER=on} this server's Hazelcast
 *       member answering. Liveness looks at the JVM only, so a database outage never restarts
 *       servers.
 *   <li>Several servers may serve one database. Live pages are told of changes through {@code
 *       shared.push} on every server. Nothing read from the database is kept in a server's memory
 *       across requests: rights, settings, tenants and notices are read per request (EclipseLink's
 *       shared cache holds no entity: {@code ENABLE_SELECTIVE} with none {@code @Cacheable}). What
 *       is kept is keyed by data that never changes, so it cannot go stale on another server: the
 *       side menu by permission set ({@code web.Navigation}), the palette's CSS by colour ({@code
 *       web.design.Branding}), message bundles and templates from the WAR. A cache of changeable
 *       data added later must be invalidated on every server through {@code shared.push}.
 * </ol>
 *
 * <p>May call: nothing else in Atrium.
 */
package io.atrium.shared;

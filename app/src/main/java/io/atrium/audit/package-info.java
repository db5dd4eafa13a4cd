/**
 * The audit log: an append-only, tamper-evident record of who did what to which row of a tenant.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Capabilities call {@link io.atrium.audit.AuditTrail#record} in the transaction of the
 *       change they record, so an entry exists exactly when the change commits.
 *   <li>The actor is the signed-in person when a request is active (staff or member), under their
 *       full name (never their e-mail: API tokens carry the name in {@code full_name}), else {@code
 *       SYSTEM}, which is for background jobs and for anonymous requests (a reset link asked for).
 *       Who acts before the request carries them is named explicitly ({@link
 *       io.atrium.audit.AuditTrail#record(Actor, String, Object, String, Long, Changes)}): the
 *       person who has just signed in, the holder of an activation or reset link. A platform
 *       administrator acting on a tenant (creating, suspending, reinstating it) is recorded as
 *       {@code SYSTEM} with their name, in that tenant's log. {@code API} is kept for machine
 *       clients (integrations with their own credentials); a person using the API or the mobile app
 *       is recorded as that person.
 *   <li>Every entry carries the request id of the HTTP request that caused it ({@code
 *       X-Request-Id}, see {@link io.atrium.shared.RequestIdFilter}), none for background work.
 *   <li>Each tenant's entries form one chain: {@code seq} runs 1, 2, 3… without gaps, and each
 *       entry's {@code hash} is the SHA-256 of its canonical form ({@link
 *       io.atrium.audit.AuditHash}), which includes the previous entry's hash. Appends to one
 *       tenant's chain are serialized by a transaction-scoped advisory lock on the tenant id, so
 *       concurrent writers never fork it, and an append that rolls back leaves no gap. A command's
 *       entries are appended together when its transaction's outermost {@code @Transactional} call
 *       returns ({@link io.atrium.audit.ChainAppend}), so the lock is held from there to the
 *       commit, not through the whole command.
 *   <li>The application's database role may insert and read entries, never update, delete or
 *       truncate them (migration V4). Verifying recomputes the chain and names the first broken
 *       entry, which is how a change made with the owner's rights shows.
 *   <li>Reading the log and verifying the chain need {@code audit:read}. The list is limited to the
 *       reader's centres; entries without a centre are tenant-wide and listed for every reader.
 *   <li>Changes hold values as text, never secrets: record that a password changed with {@link
 *       io.atrium.audit.Changes#redacted}, not the hashes. An update records {@code before → after}
 *       of the fields people read ({@link io.atrium.audit.Changes#between} two snapshots), with
 *       related rows by name or code (roles, centres), not by id.
 *   <li>Every command that changes a tenant's data appends at least one entry in its transaction.
 *       The integration tests prove it on everything they run: with {@code audit.coverage.check} on
 *       (their server only), {@link io.atrium.audit.AuditCoverage} asks PostgreSQL, before each
 *       transaction commits, which tables it wrote ({@code pg_stat_xact_user_tables}) and refuses
 *       the commit with {@link io.atrium.audit.UnauditedWriteException} when it wrote any but
 *       appended no entry. It judges what reached the database, so it needs no list of commands and
 *       a new one is checked as soon as a test runs it. The only writes it lets through are listed
 *       in {@code AuditCoverage.NOT_COMMANDS} with their reasons (queued mail and notices, API
 *       refresh tokens, platform accounts), and those of the tests' own fixtures.
 *   <li>The log is read in plain words, in the reader's language ({@code audit.web.AuditWords}):
 *       "Hélène Martin a modifié l'e-mail de Camille Vasseur". Actions, entity types, fields and
 *       known values come from the bundle, a constant of a capability's labelled enum by that
 *       enum's label ({@link io.atrium.audit.ValueLabels}), days and instants as the page's other
 *       dates (instants in the tenant's zone); the subject is named by the capability that owns it
 *       ({@link io.atrium.audit.SubjectNames}, read when the log is read), or by its type and
 *       number once it is gone (a visitor purged at the end of retention). New entries name related
 *       rows (a visitor's host); older entries that kept an id show it as a number.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.audit.AuditEntry} (Journal d'audit → audit log, entrée → entry).
 *
 * <p>May call: {@code io.atrium.tenancy}, {@code io.atrium.identity}, {@code io.atrium.shared}.
 */
package io.atrium.audit;

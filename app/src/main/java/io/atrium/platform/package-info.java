/**
 * The platform operator's work: creating tenants (from manifests), suspending them, and the first
 * platform administrator.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A tenant is created whole from a checked manifest in one transaction, or not at all; an
 *       existing slug is left untouched, so imports are idempotent.
 *   <li>The demo tenants are imported at start in embedded mode (or with {@code
 *       DEMO_TENANTS=true}); manifests in {@code TENANTS_DIR} are imported at every start when new.
 *   <li>Platform administrators see the tenant registry, never a tenant's rows.
 *   <li>An uploaded manifest is at most 256 kB (refused before it is read) and has a plain file
 *       name ({@code shared.files.UploadFileNames}); either refusal says why on the page.
 * </ol>
 *
 * <p>May call: the services of shared, tenancy, identity, staff, directory, signin, notifications
 * and audit, to create a tenant's first rows; catalogue, spaces and pricing, to write what a
 * manifest offers; contracts, to write a manifest's demo contracts (issue 13).
 */
package io.atrium.platform;

/**
 * Tenant manifests: the YAML files under {@code tenants/<slug>/tenant.yaml} that declare an
 * operator, its centres, roles, staff and client companies, read into plain immutable records.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A manifest is read whole or not at all: the first problem throws a {@link
 *       io.atrium.tenancy.manifest.ManifestException} naming the file, the 1-based line and the
 *       dotted field, and nothing is returned.
 *   <li>Nothing is guessed: unknown keys, duplicate keys, wrong types and dangling references (a
 *       role, a centre, a GSTIN) are errors, so a typo never silently drops a setting.
 *   <li>Values are read from YAML's text, never through YAML's implicit typing, so {@code 06},
 *       {@code NO} or {@code 20:00} mean what they look like.
 *   <li>The reader only reads; writing tenants to the database is the importer's job.
 * </ol>
 *
 * <p>May call: {@code io.atrium.identity} (permissions and company roles).
 */
package io.atrium.tenancy.manifest;

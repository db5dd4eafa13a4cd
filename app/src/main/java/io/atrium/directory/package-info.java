/**
 * Client companies (Entreprises), their members (Membres/Utilisateurs) and on-demand users.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A company is a prospect or a client; its home centre decides which centre-limited staff see
 *       it.
 *   <li>The first member of a company becomes its main contact.
 *   <li>A member is INVITED until they set a password from the activation e-mail ("Activer le
 *       compte"), then ACTIVE; DISABLED members cannot sign in.
 *   <li>An e-mail is unique among a tenant's members; the same e-mail may exist in another tenant.
 * </ol>
 *
 * <p>Words: Entreprise → {@code Company}, Membre/Utilisateur → {@code Member}.
 *
 * <p>May call: shared, identity, tenancy, notifications.
 */
package io.atrium.directory;

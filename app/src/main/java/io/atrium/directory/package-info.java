/**
 * The directory ("Annuaire"): client companies, their members, and on-demand users.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Staff read companies and members with companies:read, add them with companies:create,
 *       change them with companies:edit and archive companies with companies:delete.
 *   <li>Staff limited to some centres see, count, search and open only the companies whose home
 *       centre is one of theirs, and the members of those companies; anything else is "not found"
 *       (404), exactly like another tenant's row or an absent one.
 *   <li>A company is created with its main contact, who becomes its first member, an administrator;
 *       the first member added to a company without one becomes its main contact.
 *   <li>A member's e-mail is unique among the tenant's members and on-demand users (any case).
 *   <li>In the client space, a member reads their own company and its members. Administrators and
 *       managers (client right MEMBERS) add and change their company's members, and invite them;
 *       they never give a role above their own and never change someone who ranks above them. Users
 *       cannot.
 *   <li>Members follow their company's home centre.
 *   <li>"Activer le compte" e-mails an invited member a link to choose their password (signin); an
 *       active member needs none and a disabled one must be enabled first.
 *   <li>Archived companies leave the default lists and keep their history; they can be restored.
 *   <li>A prospect becomes a client once it signs and never goes back: a form turning a client into
 *       a prospect is a field error on {@code kind}.
 *   <li>Staff pickers of members (ticket requester) offer one centre's members at a time, at most a
 *       page of them, searched by name or e-mail, and say when more match; they never silently stop
 *       at an arbitrary count.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.directory.Company} (PROSPECT → CLIENT; ACTIVE ↔ ARCHIVED), {@link
 * io.atrium.directory.Member} (INVITED → ACTIVE ↔ DISABLED).
 *
 * <p>Words: Entreprise → Company, Membre / Utilisateur → Member, Utilisateur à la demande →
 * on-demand user, Contact principal → main contact, Centre de rattachement → home centre, Activer
 * le compte → activate, Administrateur / Manager / Utilisateur → {@link
 * io.atrium.identity.CompanyRole}.
 *
 * <p>May call: shared, tenancy, identity (activation links are asked for with {@code
 * ActivationRequested}, which sign-in observes), audit (every change of a company or member, see
 * {@code DirectoryAudit}).
 */
package io.atrium.directory;

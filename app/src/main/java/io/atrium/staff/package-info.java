/**
 * Staff: the operator's collaborators who use the back office, their roles, and the rights matrix
 * (roles × areas × actions) with each role's discount ceiling and balance visibility.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>{@code staff:read} lists and shows staff, roles and the matrix; {@code staff:create} adds
 *       staff members (who get an activation e-mail) and roles; {@code staff:edit} changes
 *       profiles, role assignments, centres and the matrix; {@code staff:delete} deactivates a
 *       staff member (they stay in the history and can be reactivated with {@code staff:edit}).
 *   <li>A centre-limited caller sees the staff of their centres and the staff who work in all
 *       centres; others are not found. They may only add centres they work in themselves, and may
 *       not give "all centres".
 *   <li>Nobody hands out a right they do not hold: a permission newly granted to a role, or a role
 *       newly given to someone, must be within the caller's own permissions.
 *   <li>Lockout guard: no change may leave the caller without {@code staff:edit} (through their
 *       roles, or by deactivating themselves), and the tenant always keeps at least one role that
 *       grants {@code staff:edit}. A refused change writes nothing.
 *   <li>Saving the matrix applies every role's permissions, name, discount ceiling and balance
 *       visibility in one transaction. Rights are read afresh on every request, so a change applies
 *       to signed-in people at their next request, pages and API alike.
 *   <li>Role names are unique in the tenant (ignoring case); e-mails are unique among its staff.
 *   <li>The six default roles (Super Admin, Community Manager, Receptionist, Technician, Sales,
 *       Accountant) are stored under those product names, as manifests and the new-tenant form
 *       write them, and shown in the reader's language ({@code role.default.*}) until the operator
 *       renames them; saving the matrix with a default role's translated name keeps it a default.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.staff.StaffMember} (INVITED until they set their password through
 * the activation link, then ACTIVE; DEACTIVATED, and back; lists and the API show that status),
 * {@link io.atrium.staff.StaffRole}.
 *
 * <p>Words: Collaborateur → {@code StaffMember}; Rôle → {@code StaffRole}; Droits → the rights
 * matrix ({@code Permission} = area:action); Lecture, Ajout, Édition, Suppression, Approbation →
 * read, create, edit, delete, approve.
 *
 * <p>May call: {@code tenancy}, {@code identity}, {@code audit} (every change of staff, roles and
 * rights, see {@code StaffAudit}), {@code shared} (activation links are asked for with {@code
 * ActivationRequested}, which sign-in observes).
 */
package io.atrium.staff;

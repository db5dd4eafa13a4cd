/**
 * The operator's collaborators (Collaborateurs) and their roles (the rights matrix, "Droits").
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A staff member works in some centres or in all; they see only those centres' rows.
 *   <li>A role carries its permissions, a maximum discount % without approval, and whether its
 *       holders may see outstanding balances.
 *   <li>Default roles: Super Admin, Community Manager, Receptionist, Technician, Sales, Accountant.
 * </ol>
 *
 * <p>Words: Collaborateur → {@code StaffMember}, Rôle → {@code StaffRole}.
 *
 * <p>May call: shared, identity, tenancy.
 */
package io.atrium.staff;

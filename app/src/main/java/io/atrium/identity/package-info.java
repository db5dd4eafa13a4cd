/**
 * Who is calling and what they may do: principals, passwords, API tokens and the rights matrix
 * vocabulary.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A permission is an {@link io.atrium.identity.Area} × {@link io.atrium.identity.Action},
 *       written {@code area:action}; staff roles are tenant data granting permissions.
 *   <li>Members hold a {@link io.atrium.identity.CompanyRole}: Administrator (every client right),
 *       Manager (no company documents), User (no paid bookings either).
 *   <li>Passwords are PBKDF2-HMAC-SHA512, 210,000 iterations. Failures are counted but never lock
 *       an account (anyone could lock anyone out); guessing is slowed per source address by the
 *       sign-in throttle ({@code io.atrium.signin}).
 *   <li>{@link io.atrium.identity.Caller} reloads rights every request, so a change in the matrix
 *       or a deactivation applies at once; services call {@code require} for every action.
 * </ol>
 *
 * <p>Words: Droits → permissions, Rôle → {@code StaffRole}, Administrateur/Manager/Utilisateur →
 * {@code CompanyRole}.
 *
 * <p>May call: shared.
 */
package io.atrium.identity;

/**
 * Signing in: the sign-in form (workspace, e-mail, password), sessions for pages, bearer tokens for
 * the API, activation and password-reset links.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>One Jakarta Security mechanism serves the whole application: sessions for pages,
 *       MicroProfile JWT bearer tokens (RS256, issued by Atrium) for {@code /api}, never a cookie
 *       on the API.
 *   <li>The workspace (tenant slug, or {@code platform}) says which tenant an e-mail belongs to;
 *       {@code /t/<slug>} opens the form with it filled in.
 *   <li>The session id changes at sign-in; sign-out is a POST.
 *   <li>Activation links last 7 days, reset links 1 hour, each used once; only hashes are stored.
 *   <li>Refresh tokens are single-use and rotate; access tokens last 15 minutes.
 * </ol>
 *
 * <p>May call: shared, identity, tenancy, staff, directory, notifications, audit (sign-ins under
 * the person who signed in, links sent and redeemed).
 */
package io.atrium.signin;

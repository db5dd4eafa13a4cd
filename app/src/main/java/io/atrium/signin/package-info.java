/**
 * Signing in: the sign-in form (workspace, e-mail, password), sessions for pages, bearer tokens for
 * the API, activation and password-reset links, and the throttling of password guesses.
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
 *   <li>Links in e-mails start with {@code PUBLIC_URL} ({@link io.atrium.signin.PublicAddress}),
 *       never with anything a request says (Host, X-Forwarded-Host). Without it the embedded server
 *       uses {@code http://localhost:HTTP_PORT} and warns; any other server refuses to start.
 *   <li>Refresh tokens are single-use and rotate; those rotated from one sign-in form a family.
 *       Presenting a spent one revokes its whole family, successor included (RFC 9700 §4.14.2);
 *       {@code POST /api/auth/logout} revokes the family of the caller's own refresh token. Access
 *       tokens last 15 minutes.
 *   <li>Every API request but sign-in and refresh needs a token whose holder may act now: a
 *       deactivated or disabled person, or anyone of a suspended tenant, gets 401 on every
 *       endpoint. API answers carry {@code Cache-Control: no-store}.
 *   <li>Sign-in never locks an account. Failures are counted per source address and per (source
 *       address, workspace, e-mail) as typed, whether the account exists or not; after 5 failures
 *       on one account (50 on any accounts) from one address, that address waits 30 s, then twice
 *       as long after each further failure, at most 15 minutes. The form then says "too many failed
 *       attempts from here" and the API answers 429, for real and unknown accounts alike. The right
 *       password from elsewhere is never slowed by someone else's failures.
 *   <li>The source address is the connection's; {@code X-Forwarded-For} and {@code
 *       X-Forwarded-Proto} count only from a proxy listed in {@code TRUSTED_PROXIES}.
 *   <li>The session cookie of a sign-in over HTTPS (directly, or through a trusted proxy) is {@code
 *       Secure}. Outside embedded mode every session cookie is, and plain-HTTP requests are
 *       redirected to the https {@code PUBLIC_URL} (a TLS-terminating proxy must be trusted and
 *       send {@code X-Forwarded-Proto: https}).
 *   <li>Its pages' beans live here ({@code signin.web}: the sign-in form, {@code
 *       signin.web.account}: forgotten password, reset and activation), not in the shell.
 * </ol>
 *
 * <p>May call: shared, identity, tenancy, staff, directory, notifications, audit (sign-ins under
 * the person who signed in, links sent and redeemed).
 */
package io.atrium.signin;

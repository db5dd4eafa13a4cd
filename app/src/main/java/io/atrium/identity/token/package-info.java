/**
 * The REST API's bearer tokens: MicroProfile JWT claims, signed RS256 by a key of Atrium's own.
 *
 * <p>Liberty's mpJwt feature is not used: an application-defined Jakarta Security {@code
 * HttpAuthenticationMechanism} overrides it (OpenLiberty issue #12253), so Atrium's mechanism calls
 * {@link io.atrium.identity.token.AccessTokens#verify} itself.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Only RS256 with Atrium's own key is accepted; the token's header never chooses the
 *       algorithm or the key.
 *   <li>A refused token yields only a reason code; its contents are never logged or echoed.
 *   <li>Clocks may disagree by at most {@link io.atrium.identity.token.AccessTokens#CLOCK_SKEW}.
 * </ol>
 *
 * <p>May call: nothing else in Atrium.
 */
package io.atrium.identity.token;

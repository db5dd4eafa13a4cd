package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plain HTTP in production, and the session cookie's Secure attribute. */
class TransportSecurityTest {

  @Test
  void outsideEmbeddedModePlainHttpIsSentToThePublicHttpsAddress() {
    assertEquals(
        Optional.of("https://app.example.com/login.xhtml?next=%2F"),
        TransportSecurity.httpsAddress(
            false, false, "https://app.example.com", "/login.xhtml?next=%2F"));
  }

  @Test
  void httpsRequestsTheEmbeddedServerAndHttpPublicAddressesAreServedAsTheyCame() {
    assertEquals(
        Optional.empty(),
        TransportSecurity.httpsAddress(false, true, "https://app.example.com", "/"));
    assertEquals(
        Optional.empty(), TransportSecurity.httpsAddress(true, false, "https://app.example", "/"));
    assertEquals(
        Optional.empty(), TransportSecurity.httpsAddress(false, false, "http://intranet", "/"));
  }

  @Test
  void sessionCookiesAreSecureOutsideEmbeddedModeAndWheneverTheSiteIsHttps() {
    assertTrue(TransportSecurity.secureCookies(false, "http://intranet"));
    assertTrue(TransportSecurity.secureCookies(false, ""));
    assertTrue(TransportSecurity.secureCookies(true, "https://app.example.com"));
    assertFalse(TransportSecurity.secureCookies(true, ""));
    assertFalse(TransportSecurity.secureCookies(true, "http://localhost:9080"));
  }

  @Test
  void theSecureCookieOfAnHttpsSignInNamesTheNewSessionAsLibertyDoes() {
    assertEquals(
        "0000NewSessionId:53fdb558-f035",
        SessionCookies.liberty("0000OldSessionId:53fdb558-f035", "NewSessionId"));
    assertEquals("0001NewSessionId", SessionCookies.liberty("0001OldSessionId", "NewSessionId"));
  }
}

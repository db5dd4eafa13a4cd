package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request's source address: headers count only when a configured proxy sent them. */
class SourceAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.2");

  @Test
  void withoutATrustedProxyForwardedForIsIgnored() {
    assertEquals("203.0.113.7", SourceAddress.resolve("203.0.113.7", "198.51.100.1", Set.of()));
    assertEquals("203.0.113.7", SourceAddress.resolve("203.0.113.7", "198.51.100.1", PROXY));
  }

  @Test
  void aTrustedProxyNamesTheClientItServed() {
    assertEquals("198.51.100.1", SourceAddress.resolve("10.0.0.2", "198.51.100.1", PROXY));
    assertEquals("10.0.0.2", SourceAddress.resolve("10.0.0.2", null, PROXY));
    assertEquals("10.0.0.2", SourceAddress.resolve("10.0.0.2", " ", PROXY));
  }

  @Test
  void whatTheClientWroteBeforeTheProxysEntryIsNotBelieved() {
    // The client sent "X-Forwarded-For: 192.0.2.99"; the proxy appended the real address.
    assertEquals(
        "198.51.100.1", SourceAddress.resolve("10.0.0.2", "192.0.2.99, 198.51.100.1", PROXY));
    // Through two trusted proxies, the first untrusted hop from the right is the client.
    assertEquals(
        "198.51.100.1",
        SourceAddress.resolve(
            "10.0.0.2", "192.0.2.99, 198.51.100.1, 10.0.0.3", Set.of("10.0.0.2", "10.0.0.3")));
  }

  @Test
  void theListIsCommaSeparated() {
    assertEquals(
        Set.of("127.0.0.1", "0:0:0:0:0:0:0:1"),
        SourceAddress.parse(" 127.0.0.1, 0:0:0:0:0:0:0:1,"));
    assertEquals(Set.of(), SourceAddress.parse(""));
  }
}

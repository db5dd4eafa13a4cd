package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where e-mailed links point: configuration only, whatever the request that caused the mail. */
class PublicAddressTest {

  @Test
  void theConfiguredAddressIsTheBaseOfEveryLink() {
    var resolved = PublicAddress.resolve("https://app.example.com/", false, 9080);
    assertEquals("https://app.example.com", resolved.base());
    assertTrue(resolved.warning().isEmpty());
    assertEquals(
        "https://atrium.example.com/cowork",
        PublicAddress.resolve(" https://atrium.example.com/cowork// ", true, 9080).base());
  }

  @Test
  void withoutItTheEmbeddedServerUsesItsOwnAddressAndWarns() {
    var resolved = PublicAddress.resolve("", true, 9191);
    assertEquals("http://localhost:9191", resolved.base());
    assertTrue(resolved.warning().orElseThrow().contains("PUBLIC_URL is not set"));
  }

  @Test
  void withoutItAnyOtherServerRefusesToStartSayingWhy() {
    var refusal =
        assertThrows(IllegalStateException.class, () -> PublicAddress.resolve(" ", false, 9080));
    assertTrue(refusal.getMessage().startsWith("PUBLIC_URL is not set"), refusal.getMessage());
  }

  @Test
  void anAddressThatCannotBeALinksBaseStopsTheStart() {
    for (String wrong :
        new String[] {
          "app.example.com", "ftp://app.example.com", "https://app.example.com/?a=1", "http://"
        }) {
      var refusal =
          assertThrows(
              IllegalStateException.class, () -> PublicAddress.resolve(wrong, true, 9080), wrong);
      assertTrue(refusal.getMessage().contains("PUBLIC_URL"), refusal.getMessage());
    }
  }
}

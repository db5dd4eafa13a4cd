package io.atrium.shared.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushPayloadTest {

  private static final String SERVER = "00ff00ff00ff00ff";

  @Test
  void aPushTravelsAsItsChannelTenantAndTargetOnly() {
    var payload = new PushPayload(SERVER, new LivePush("notices", 42, "STAFF:7"));

    String text = payload.encode();

    assertEquals("1|00ff00ff00ff00ff|notices|42|STAFF:7", text);
    assertEquals(payload, PushPayload.decode(text));
  }

  @Test
  void aTenantWidePushHasAnEmptyTarget() {
    var payload = new PushPayload(SERVER, new LivePush("home", 3, ""));

    assertEquals(payload, PushPayload.decode(payload.encode()));
  }

  @Test
  void theLongestPushAtriumCanSendFitsPostgresLimit() {
    var longest =
        new PushPayload(
            "ffffffffffffffff", new LivePush("a".repeat(32), Long.MAX_VALUE, "9".repeat(64)));

    assertTrue(longest.encode().getBytes(StandardCharsets.UTF_8).length < PushPayload.MOST_BYTES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "1|00ff00ff00ff00ff|reception|42",
        "1|00ff00ff00ff00ff|reception|42|7|8",
        "2|00ff00ff00ff00ff|reception|42|7",
        "1|not-a-server-id!|reception|42|7",
        "1|00FF00FF00FF00FF|reception|42|7",
        "1|00ff00ff00ff00ff|Reception|42|7",
        "1|00ff00ff00ff00ff|reception|-42|7",
        "1|00ff00ff00ff00ff|reception|042|7",
        "1|00ff00ff00ff00ff|reception|0|7",
        "1|00ff00ff00ff00ff|reception|99999999999999999999|7",
        "1|00ff00ff00ff00ff|reception|42|7 OR 1=1",
        "1|00ff00ff00ff00ff|reception|42|7\n",
        "1|00ff00ff00ff00ff|reception|42|é",
        "1|00ff00ff00ff00ff||42|7"
      })
  void aTextOfAnyOtherShapeIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> PushPayload.decode(text));
  }

  @Test
  void nothingIsReadFromATextLongerThanPostgresAllows() {
    String huge = "1|00ff00ff00ff00ff|reception|42|" + "7".repeat(PushPayload.MOST_BYTES);

    var refused = assertThrows(IllegalArgumentException.class, () -> PushPayload.decode(huge));
    assertTrue(refused.getMessage().contains("8000 bytes"), refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PushPayload.decode(null));
  }

  @Test
  void aPushNamesOneTenantAndAPlainTarget() {
    assertThrows(IllegalArgumentException.class, () -> new LivePush("reception", 0, "7"));
    assertThrows(IllegalArgumentException.class, () -> new LivePush("reception", 4, "7|8"));
    assertThrows(IllegalArgumentException.class, () -> new LivePush("a|b", 4, "7"));
  }

  @Test
  void theClusterIsOnWhenAskedOrWhenTheSessionClusterIsOn() {
    assertFalse(LivePushes.clustered("", "off"), "a single server by default");
    assertTrue(LivePushes.clustered("true", "off"));
    assertTrue(LivePushes.clustered("", "on"));
    assertFalse(LivePushes.clustered("false", "on"), "turned off");
    assertFalse(LivePushes.clustered(" ", " "));
  }
}

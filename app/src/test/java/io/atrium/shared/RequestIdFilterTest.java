package io.atrium.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

  @Test
  void aSaneIncomingIdIsKept() {
    assertEquals(
        "b7c1e2a0-1f2e-4d3c-9a8b-0123456789ab",
        RequestIdFilter.idFor("b7c1e2a0-1f2e-4d3c-9a8b-0123456789ab"));
    assertEquals("lb:42.req_7", RequestIdFilter.idFor("lb:42.req_7"));
  }

  @Test
  void anythingElseGetsANewUuid() {
    for (String insane :
        new String[] {
          null, "", " ", "a b", "x\nforged log line", "<script>", "é", "a".repeat(65)
        }) {
      String id = RequestIdFilter.idFor(insane);
      assertNotEquals(insane, id);
      assertTrue(UUID.fromString(id).version() == 4, id);
    }
    assertNotEquals(RequestIdFilter.idFor(null), RequestIdFilter.idFor(null));
  }
}

package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.shared.InvalidFieldsException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What JSON-B let through and the strict reading refuses, each with the reason a caller sees. */
class StrictJsonTest {

  record Form(String name, Integer capacity, boolean internal, List<Long> ids) {}

  private static Form read(String json) {
    return StrictBinding.bind(
        Form.class,
        StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  private static String refusal(String json) {
    return assertThrows(UnreadableBodyException.class, () -> read(json)).messageKey();
  }

  private static Map<String, String> fields(String json) {
    return assertThrows(InvalidFieldsException.class, () -> read(json)).fieldKeys();
  }

  @Test
  void aWellFormedBodyIsBoundFieldByField() {
    Form form = read("{\"name\":\"Ada\",\"capacity\":12,\"internal\":true,\"ids\":[1,2]}");
    assertEquals(new Form("Ada", 12, true, List.of(1L, 2L)), form);
    assertEquals(new Form(null, null, false, null), read("{}"));
    assertNull(read(" "), "an empty body is no form, as before");
  }

  @Test
  void trailingGarbageAndDuplicateKeysAreRefused() {
    assertEquals("problem.detail.body", refusal("{\"name\":\"Ada\"} trailing"));
    assertEquals("problem.detail.body", refusal("{\"name\":\"Ada\"}{}"));
    assertEquals("problem.detail.duplicateKey", refusal("{\"name\":\"a\",\"name\":\"b\"}"));
    assertEquals("problem.detail.body", refusal("{\"name\":"));
    assertEquals("problem.detail.notObject", refusal("[1]"));
  }

  @Test
  void noStringIsCoercedToANumberOrABoolean() {
    assertEquals("api.field.boolean", fields("{\"internal\":\"abc\"}").get("internal"));
    assertEquals("api.field.boolean", fields("{\"internal\":1}").get("internal"));
    assertEquals("api.field.integer", fields("{\"capacity\":\"1.5\"}").get("capacity"));
    assertEquals("api.field.integer", fields("{\"capacity\":1.5}").get("capacity"));
    assertEquals("api.field.integer", fields("{\"capacity\":1e999999999}").get("capacity"));
    assertEquals("api.field.integer", fields("{\"capacity\":2147483648}").get("capacity"));
    assertEquals("api.field.string", fields("{\"name\":12}").get("name"));
    assertEquals("api.field.array", fields("{\"ids\":[\"1\"]}").get("ids"));
    assertEquals("api.field.unknown", fields("{\"nmae\":\"Ada\"}").get("nmae"));
    assertEquals("api.field.required", fields("{\"internal\":null}").get("internal"));
    assertEquals(3, read("{\"capacity\":3.0}").capacity(), "3.0 is the whole number 3");
  }

  @Test
  void deepNestingStopsAtTheLimitWithoutReadingFurther() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    assertEquals("problem.detail.depth", refusal("{\"ids\":" + deep + "}"));
  }

  @Test
  void aBodyOverTheLimitIsRefusedAfterReadingOnlyTheLimit() {
    var endless =
        new InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return served == 1 ? '"' : 'a';
          }
        };
    var refused = assertThrows(UnreadableBodyException.class, () -> StrictJson.read(endless));
    assertEquals(413, refused.status());
    assertEquals(true, endless.served < StrictJson.MAX_BYTES + 64 * 1024, "read " + endless.served);
  }
}

package io.atrium.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Action;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

  @Test
  void equalValuesAreLeftOut() {
    Changes changes =
        Changes.of()
            .field("name", "Acme", "Acme")
            .field("city", null, null)
            .field("rate", new BigDecimal("20.0"), new BigDecimal("20"))
            .field("email", "a@acme.test", "b@acme.test");
    assertEquals(
        List.of(new Changes.Change("email", "a@acme.test", "b@acme.test")), changes.getList());
    assertTrue(Changes.of().field("name", "Acme", "Acme").isEmpty());
  }

  @Test
  void aNewValueHasNullBeforeAndARemovedOneNullAfter() {
    Changes changes = Changes.of().field("phone", null, "+33 1 23").field("city", "Lyon", null);
    assertEquals(new Changes.Change("phone", null, "+33 1 23"), changes.get("phone"));
    assertEquals(new Changes.Change("city", "Lyon", null), changes.get("city"));
  }

  @Test
  void twoSnapshotsGiveTheFieldsThatDifferAndACreationHasNothingBefore() {
    Map<String, Object> before = new HashMap<>();
    before.put("name", "Night shift");
    before.put("maySeeBalances", false);
    before.put("phone", null);
    Map<String, Object> after = new HashMap<>(before);
    after.put("maySeeBalances", true);
    after.put("permissions", Set.of("staff:edit", "audit:read"));

    Changes changes = Changes.between(before, after);

    assertEquals(
        List.of(
            new Changes.Change("maySeeBalances", "false", "true"),
            new Changes.Change("permissions", null, "[audit:read, staff:edit]")),
        changes.getList());
    assertEquals(
        new Changes.Change("name", null, "Night shift"),
        Changes.between(Map.of(), before).get("name"));
    assertTrue(Changes.between(before, before).isEmpty());
  }

  @Test
  void valuesAreKeptAsText() {
    var set = new LinkedHashSet<>(List.of("tickets:read", "audit:read"));
    Changes changes =
        Changes.of()
            .field("rate", new BigDecimal("5.5"), new BigDecimal("1E+1"))
            .field("action", Action.READ, Action.EDIT)
            .field("day", LocalDate.of(2026, 1, 2), null)
            .field("permissions", null, set)
            .field("order", null, List.of("b", "a"))
            .field("count", 1, 2L)
            .field("nul", null, "a\u0000b");
    assertEquals(new Changes.Change("rate", "5.5", "10"), changes.get("rate"));
    assertEquals(new Changes.Change("action", "READ", "EDIT"), changes.get("action"));
    assertEquals("2026-01-02", changes.get("day").before());
    assertEquals("[audit:read, tickets:read]", changes.get("permissions").after(), "sets sorted");
    assertEquals("[b, a]", changes.get("order").after(), "lists in order");
    assertEquals("2", changes.get("count").after());
    assertEquals("a\uFFFDb", changes.get("nul").after(), "PostgreSQL cannot store NUL");
    assertTrue(Changes.of().field("count", 1, 1L).isEmpty(), "same text, same value");
  }

  @Test
  void secretsAreRecordedAsChangedWithoutTheirValues() {
    assertEquals(
        new Changes.Change("password", Changes.REDACTED, Changes.REDACTED),
        Changes.of().redacted("password").get("password"));
  }

  @Test
  void fieldNamesAreIdentifiers() {
    assertThrows(IllegalArgumentException.class, () -> Changes.of().field("", 1, 2));
    assertThrows(IllegalArgumentException.class, () -> Changes.of().field("a b", 1, 2));
    assertThrows(IllegalArgumentException.class, () -> Changes.of().field("\"x\"", 1, 2));
    assertThrows(IllegalArgumentException.class, () -> Changes.of().field(null, 1, 2));
    Changes.of().field("billing.city", 1, 2).field("gst_state_code", 1, 2);
  }

  @Test
  void theJsonFormRoundTrips() {
    Changes changes = Changes.of().field("name", "Acme", "Acme SAS").field("notes", null, "x\ny");
    assertEquals(
        "{\"name\":[\"Acme\",\"Acme SAS\"],\"notes\":[null,\"x\\ny\"]}",
        AuditHash.canonicalJson(changes.toJson()));
    assertEquals(changes, Changes.fromJson(changes.toJson().toString()));
  }

  @Test
  void oddStoredValuesAreShownNotRefused() {
    Changes odd = Changes.fromJson("{\"n\": 5, \"pair\": [1, \"x\"]}");
    assertNull(odd.get("n").before());
    assertEquals("5", odd.get("n").after());
    assertEquals("[1,\"x\"]", odd.get("pair").after());
    assertEquals("[1, 2]", Changes.fromJson("[1, 2]").get("").after());
  }
}

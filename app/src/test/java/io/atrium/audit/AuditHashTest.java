package io.atrium.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The canonical form is a contract: hashes written today must verify in ten years. */
class AuditHashTest {

  private static final String PREVIOUS = "a".repeat(64);

  private static AuditEntry staffUpdate(long seq, String prevHash, String requestId) {
    var entry =
        new AuditEntry(
            Instant.parse("2026-11-23T21:52:05.120Z"),
            new Actor(ActorKind.STAFF, 51L, "Chloé \"CM\" Martin"),
            101L,
            "Company",
            "2051",
            "UPDATE",
            Changes.of()
                .field("notes", null, "line1\nline2\ttab\u0001 \\ end")
                .field("name", "Acme", "Acme SAS"),
            requestId);
    entry.chain(1001, seq, prevHash);
    return entry;
  }

  @Test
  void theCanonicalFormIsTheDocumentedJsonArray() {
    AuditEntry entry = staffUpdate(2, PREVIOUS, "req-1");
    assertEquals(
        "[\"atrium-audit-v1\",1001,2,\"2026-11-23T21:52:05.120000Z\",\"STAFF\",51,"
            + "\"Chloé \\\"CM\\\" Martin\",101,\"Company\",\"2051\",\"UPDATE\","
            + "{\"name\":[\"Acme\",\"Acme SAS\"],"
            + "\"notes\":[null,\"line1\\nline2\\ttab\\u0001 \\\\ end\"]},"
            + "\"req-1\",\""
            + PREVIOUS
            + "\"]",
        AuditHash.canonical(1001, entry));
  }

  @Test
  void theHashIsTheSha256OfTheCanonicalFormsUtf8BytesInLowercaseHex() {
    // Computed outside Java (Python's hashlib over the string above).
    assertEquals(
        "8db42fd47dc13f02d11288f100665019e522491be50b7d797d5efc1b0c705aef",
        staffUpdate(2, PREVIOUS, "req-1").getHash());
  }

  @Test
  void absentValuesAreNullsAndTheFirstEntryFollowsTheGenesisHash() {
    var entry =
        new AuditEntry(
            Instant.parse("2026-01-01T00:00:00Z"),
            Actor.SYSTEM,
            null,
            "Tenant",
            "7",
            "CREATE",
            Changes.of(),
            null);
    entry.chain(7, 1, AuditHash.GENESIS);
    assertEquals(
        "[\"atrium-audit-v1\",7,1,\"2026-01-01T00:00:00.000000Z\",\"SYSTEM\",null,null,null,"
            + "\"Tenant\",\"7\",\"CREATE\",{},null,\""
            + "0".repeat(64)
            + "\"]",
        AuditHash.canonical(7, entry));
    assertEquals(
        "49c682f801a6e674d4faa7cfa526ae99590b7c8ba353ec3b7147d6ae42cd288f", entry.getHash());
  }

  @Test
  void changesReadBackFromJsonbHashTheSameAsWhenTheyWereWritten() {
    AuditEntry entry = staffUpdate(2, PREVIOUS, "req-1");
    // jsonb reorders members (shorter names first) and adds spaces.
    String asPostgresReturnsIt =
        "{\"name\": [\"Acme\", \"Acme SAS\"], \"notes\": [null, \"line1\\nline2\\ttab\\u0001 \\\\ end\"]}";
    assertEquals(
        entry.getChangesJson(),
        AuditHash.canonicalJson(Json.createReader(new StringReader(asPostgresReturnsIt)).read()));
    assertEquals(
        "{\"a\":[\"1\",null],\"b\":[null,\"2\"]}",
        AuditHash.canonicalJson(
            Json.createReader(new StringReader("{\"b\": [null, \"2\"], \"a\": [\"1\", null]}"))
                .read()));
  }

  @Test
  void everyFieldAndThePreviousHashAreSealed() {
    String hash = staffUpdate(2, PREVIOUS, "req-1").getHash();
    assertNotEquals(hash, staffUpdate(3, PREVIOUS, "req-1").getHash());
    assertNotEquals(hash, staffUpdate(2, "b".repeat(64), "req-1").getHash());
    assertNotEquals(hash, staffUpdate(2, PREVIOUS, "req-2").getHash());
    assertNotEquals(hash, staffUpdate(2, PREVIOUS, null).getHash());
    assertNotEquals(
        AuditHash.canonical(1001, staffUpdate(2, PREVIOUS, "req-1")),
        AuditHash.canonical(1002, staffUpdate(2, PREVIOUS, "req-1")));
  }

  @Test
  void timesAreWrittenInUtcWithMicroseconds() {
    assertEquals(
        "2026-03-29T01:30:00.000001Z",
        AuditHash.timestamp(Instant.parse("2026-03-29T01:30:00.000001Z")));
    assertEquals(
        "1999-12-31T23:59:59.999999Z",
        AuditHash.timestamp(Instant.parse("1999-12-31T23:59:59.999999Z")));
  }
}

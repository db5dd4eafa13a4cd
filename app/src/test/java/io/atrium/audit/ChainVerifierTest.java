package io.atrium.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private static final long TENANT = 42;

  private static AuditEntry entry(long tenant, long seq, String prevHash) {
    var entry =
        new AuditEntry(
            Instant.parse("2026-11-23T10:00:00Z").plusSeconds(seq),
            Actor.SYSTEM,
            null,
            "Company",
            "7",
            "UPDATE",
            Changes.of().field("seq", seq - 1, seq),
            "req-" + seq);
    entry.chain(tenant, seq, prevHash);
    return entry;
  }

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditHash.GENESIS;
    for (long seq = 1; seq <= length; seq++) {
      AuditEntry entry = entry(TENANT, seq, previous);
      entries.add(entry);
      previous = entry.getHash();
    }
    return entries;
  }

  private static ChainCheck verify(List<AuditEntry> entries) {
    var verifier = new ChainVerifier(TENANT);
    for (AuditEntry entry : entries) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier.result();
  }

  @Test
  void anUnbrokenChainIsIntact() {
    ChainCheck check = verify(chain(5));
    assertTrue(check.isOk());
    assertEquals(5, check.checked());
    assertTrue(verify(List.of()).isOk(), "an empty log is intact");
  }

  @Test
  void aMissingEntryBreaksTheChainAtTheNextOne() {
    List<AuditEntry> entries = chain(5);
    entries.remove(2);
    assertEquals(ChainCheck.broken(2, 4, ChainCheck.Problem.SEQUENCE), verify(entries));
    assertEquals(
        ChainCheck.broken(0, 2, ChainCheck.Problem.SEQUENCE), verify(chain(5).subList(1, 5)));
  }

  @Test
  void anEntryThatDoesNotFollowThePreviousOneBreaksTheChainThere() {
    List<AuditEntry> entries = chain(3);
    entries.set(1, entry(TENANT, 2, "f".repeat(64)));
    assertEquals(ChainCheck.broken(1, 2, ChainCheck.Problem.LINK), verify(entries));
  }

  @Test
  void anEntryWhoseFieldsNoLongerMatchItsHashBreaksTheChainThere() {
    List<AuditEntry> entries = chain(3);
    // Hashed as another tenant's entry: the same fields, another canonical form.
    entries.set(2, entry(TENANT + 1, 3, entries.get(1).getHash()));
    ChainCheck check = verify(entries);
    assertFalse(check.isOk());
    assertEquals(ChainCheck.broken(2, 3, ChainCheck.Problem.HASH), check);
  }

  @Test
  void theVerifierStopsAtTheFirstBreak() {
    var verifier = new ChainVerifier(TENANT);
    List<AuditEntry> entries = chain(3);
    assertTrue(verifier.accept(entries.get(0)));
    assertFalse(verifier.accept(entries.get(2)));
    assertFalse(verifier.accept(entries.get(1)), "broken stays broken");
    assertEquals(3L, verifier.result().brokenSeq());
    assertEquals(2, verifier.next());
  }
}

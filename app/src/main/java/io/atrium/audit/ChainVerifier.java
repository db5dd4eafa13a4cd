package io.atrium.audit;

/**
 * Walks one tenant's chain, oldest entry first, and stops at the first entry that does not hold:
 * its seq is not the next one (entries missing), its prev_hash is not the previous entry's hash, or
 * its hash is not the hash of its own fields.
 */
final class ChainVerifier {

  private final long tenantId;
  private long expected = 1;
  private String previous = AuditHash.GENESIS;
  private ChainCheck broken;

  ChainVerifier(long tenantId) {
    this.tenantId = tenantId;
  }

  /** Checks the next entry; false once the chain is broken. */
  boolean accept(AuditEntry entry) {
    if (broken != null) {
      return false;
    }
    ChainCheck.Problem problem = null;
    if (entry.getSeq() != expected) {
      problem = ChainCheck.Problem.SEQUENCE;
    } else if (!previous.equals(entry.getPrevHash())) {
      problem = ChainCheck.Problem.LINK;
    } else if (!entry.getHash().equals(hashOrNull(entry))) {
      problem = ChainCheck.Problem.HASH;
    }
    if (problem != null) {
      broken = ChainCheck.broken(expected - 1, entry.getSeq(), problem);
      return false;
    }
    previous = entry.getHash();
    expected++;
    return true;
  }

  /** The seq the next entry must have. */
  long next() {
    return expected;
  }

  ChainCheck result() {
    return broken != null ? broken : ChainCheck.intact(expected - 1);
  }

  private String hashOrNull(AuditEntry entry) {
    try {
      return AuditHash.of(tenantId, entry);
    } catch (RuntimeException unreadable) {
      // Changes that are no longer JSON (altered by hand): the entry cannot match its hash.
      return null;
    }
  }
}

package io.atrium.audit;

import java.io.Serializable;

/**
 * The outcome of verifying a tenant's audit chain: how many entries were checked and, when the
 * chain is broken, the first entry that does not hold and why.
 */
public record ChainCheck(long checked, Long brokenSeq, Problem problem) implements Serializable {

  /** Why an entry breaks the chain. */
  public enum Problem {
    /** Its seq is not the one after the previous entry's: entries are missing or inserted. */
    SEQUENCE,
    /** Its prev_hash is not the previous entry's hash. */
    LINK,
    /** Its hash is not the hash of its own fields: the row was changed. */
    HASH;

    public String getLabelKey() {
      return "audit.verify.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static ChainCheck intact(long checked) {
    return new ChainCheck(checked, null, null);
  }

  public static ChainCheck broken(long checked, long seq, Problem problem) {
    return new ChainCheck(checked, seq, problem);
  }

  public boolean isOk() {
    return brokenSeq == null;
  }

  // Jakarta EL 5 (Faces 4.0) reads bean getters, not record accessors.
  public long getChecked() {
    return checked;
  }

  public Long getBrokenSeq() {
    return brokenSeq;
  }

  public Problem getProblem() {
    return problem;
  }
}

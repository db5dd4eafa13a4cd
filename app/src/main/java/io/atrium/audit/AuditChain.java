package io.atrium.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's hash chain: holds the entries a transaction records and appends them to the chain
 * when {@link ChainAppend} says the transaction's command is done.
 *
 * <p>Appends to one tenant's chain are serialized by a transaction-scoped advisory lock, held until
 * the commit. Taking it at the end of the command rather than at its first entry keeps a tenant's
 * writers from queuing behind each other's whole commands: a booking used to hold it from its
 * consumption's entry through its access, visitors and mail until its commit.
 */
@ApplicationScoped
public class AuditChain {

  private static final String PENDING = AuditChain.class.getName();

  @Resource TransactionSynchronizationRegistry transactions;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The entries this transaction recorded and has not appended yet, in their order. */
  private record Pending(long tenantId, List<AuditEntry> entries) {}

  /** Keeps an entry of the bound tenant until the transaction's command is done. */
  void recorded(long tenantId, AuditEntry entry) {
    var pending = (Pending) transactions.getResource(PENDING);
    if (pending == null) {
      pending = new Pending(tenantId, new ArrayList<>());
      transactions.putResource(PENDING, pending);
    } else if (pending.tenantId() != tenantId) {
      throw new IllegalStateException("A transaction serves one tenant; start a new one");
    }
    pending.entries().add(entry);
  }

  boolean hasPending() {
    var pending = (Pending) transactions.getResource(PENDING);
    return pending != null && !pending.entries().isEmpty();
  }

  /**
   * Appends the pending entries after the chain's head, in the order they were recorded. The lock
   * is held until commit, so the next writer of this tenant's chain waits and then, in its own
   * statement's fresh READ COMMITTED snapshot, reads these entries' last as the head. (Under a
   * stricter isolation the head could be stale; the unique (tenant_id, seq) then refuses the fork.)
   * The key is the bare tenant id: another per-tenant use of it only ever waits, never breaks this.
   */
  void appendPending() {
    var pending = (Pending) transactions.getResource(PENDING);
    if (pending == null || pending.entries().isEmpty()) {
      return;
    }
    long tenantId = pending.tenantId();
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, tenantId)
        .getSingleResult();
    List<?> head =
        em.createNativeQuery(
                "SELECT seq, hash FROM audit_entry WHERE tenant_id = ?1 ORDER BY seq DESC LIMIT 1")
            .setParameter(1, tenantId)
            .getResultList();
    long seq = head.isEmpty() ? 0 : ((Number) ((Object[]) head.get(0))[0]).longValue();
    String prevHash = head.isEmpty() ? AuditHash.GENESIS : (String) ((Object[]) head.get(0))[1];
    for (AuditEntry entry : pending.entries()) {
      entry.chain(tenantId, ++seq, prevHash);
      em.persist(entry);
      prevHash = entry.getHash();
    }
    pending.entries().clear();
    // Written now: a later command of the same transaction reads them as the chain's head.
    em.flush();
  }
}

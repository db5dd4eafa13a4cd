package io.atrium.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Appends what a command recorded to the tenant's chain when the transaction's outermost
 * {@code @Transactional} call returns, just before the commit (package rule 4). It runs inside
 * {@link AuditCoverage}, so the coverage check sees the entries written.
 *
 * <p>A transaction that a page or a job began itself may run several outermost calls: each appends
 * its own entries when it returns. A call that fails appends too, because a transaction may still
 * commit after it (a refused token's family stays revoked, {@code dontRollbackOn}); when that
 * append fails the transaction is rolled back, never committed without its entries.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 270)
public class ChainAppend {

  private static final String DEPTH = ChainAppend.class.getName();

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject AuditChain chain;

  @AroundInvoke
  public Object append(InvocationContext invocation) throws Exception {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return invocation.proceed();
    }
    int[] depth = (int[]) transactions.getResource(DEPTH);
    if (depth == null) {
      depth = new int[1];
      transactions.putResource(DEPTH, depth);
    }
    depth[0]++;
    Object result;
    try {
      result = invocation.proceed();
    } catch (Exception failure) {
      if (--depth[0] == 0) {
        appendAfter(failure);
      }
      throw failure;
    }
    if (--depth[0] == 0 && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      chain.appendPending();
    }
    return result;
  }

  private void appendAfter(Exception failure) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || !chain.hasPending()) {
      return;
    }
    try {
      chain.appendPending();
    } catch (RuntimeException appendFailed) {
      failure.addSuppressed(appendFailed);
      transactions.setRollbackOnly();
    }
  }
}

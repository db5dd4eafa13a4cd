package io.atrium.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The one place a transaction learns its tenant. It runs just inside the transaction that
 * {@code @Transactional} starts and, once per transaction, tells both EclipseLink (the tenant
 * discriminator) and PostgreSQL (the row-level-security setting, transaction-local) the same
 * tenant. A transaction is never rebound: work for another tenant must start its own.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class TenantBinding {

  private static final String BOUND = TenantBinding.class.getName();

  @Inject Tenancy tenancy;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object bind(InvocationContext invocation) throws Exception {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      Tenancy.Scope wanted = tenancy.current().orElse(null);
      Object bound = transactions.getResource(BOUND);
      if (bound == null) {
        if (wanted != null) {
          bindTo(wanted);
        }
      } else if (!bound.equals(wanted)) {
        throw new IllegalStateException("A transaction serves one tenant; start a new one");
      }
    }
    return invocation.proceed();
  }

  private void bindTo(Tenancy.Scope scope) {
    if (scope.platform()) {
      em.createNativeQuery("SELECT set_config('atrium.platform', 'on', true)").getSingleResult();
    }
    if (scope.tenantId() != null) {
      em.setProperty(Tenancy.PROPERTY, scope.tenantId());
      em.createNativeQuery("SELECT set_config('atrium.tenant_id', ?1, true)")
          .setParameter(1, Long.toString(scope.tenantId()))
          .getSingleResult();
    }
    transactions.putResource(BOUND, scope);
  }
}

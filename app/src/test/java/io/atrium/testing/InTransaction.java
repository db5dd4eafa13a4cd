package io.atrium.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * In test deployments only: runs a test's work in one transaction, bound to the tenant of the
 * surrounding {@code runAsTenant} like any service's.
 */
@ApplicationScoped
public class InTransaction {

  @Transactional
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  @Transactional
  public void run(Runnable work) {
    work.run();
  }
}

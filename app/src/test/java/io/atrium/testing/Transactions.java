package io.atrium.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * For in-container tests: runs work in a transaction, bound (by the application's TenantBinding) to
 * the tenant of the surrounding {@code runAsTenant} or {@code runAsPlatform}.
 */
@ApplicationScoped
public class Transactions {

  @Transactional
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  @Transactional
  public void run(Runnable work) {
    work.run();
  }
}

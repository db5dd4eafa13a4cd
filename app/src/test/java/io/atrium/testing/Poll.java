package io.atrium.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits on a condition outside a browser (in one, {@link Browser#await}): a server's log, a row, a
 * port. Asks again every {@code every} until it holds or the time is up, never a fixed wait.
 */
public final class Poll {

  private Poll() {}

  /** Something to wait for. */
  public interface Condition {
    boolean holds() throws Exception;
  }

  /** True once the condition holds; false if it still did not when the time was up. */
  public static boolean until(Duration limit, Duration every, Condition condition)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      TimeUnit.NANOSECONDS.sleep(every.toNanos());
    }
    return true;
  }
}

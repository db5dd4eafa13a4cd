package io.atrium.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link ServerPair} that the classes needing two servers share: the first one starts it, the
 * end of the test run stops it (JUnit closes what its root store holds), and each class finds both
 * servers running, a server killed by the class before being started again. Starting a pair takes a
 * minute, so one per class cost a minute of CI each; the classes using it run last
 * (junit-platform.properties orders classes by {@code @Order}) so that no other test shares the
 * machine with three servers. TwoServersIT comes first: its test of a view state crossing from one
 * server to the other failed on a pair where a server had been killed and restarted before.
 *
 * <pre>{@code @RegisterExtension static final SharedServerPair PAIR = new SharedServerPair();}
 * </pre>
 */
public final class SharedServerPair implements BeforeAllCallback {

  /** After every other class: see the class comment. */
  public static final int ORDER = Integer.MAX_VALUE;

  private ServerPair pair;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    pair =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(ServerPair.class, key -> ServerPair.start(), ServerPair.class);
    pair.restartKilled();
  }

  /** The running pair, once the class has started. */
  public ServerPair get() {
    return pair;
  }
}

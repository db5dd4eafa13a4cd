package io.atrium.shared.database;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, refusing new
 * connections, a connection cut under a request) from any other. Such a request is not the caller's
 * fault nor a bug: it is answered 503 with {@link #RETRY_AFTER_SECONDS}, so that clients and load
 * balancers try again, instead of a 500 that reads like a defect.
 */
public final class DatabaseOutage {

  /**
   * What {@code Retry-After} says: a load balancer takes an unready server out within about two
   * seconds (two failed health checks), and a restarting PostgreSQL takes a few.
   */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * SQLSTATE of PostgreSQL's shutdowns: terminated by an administrator (a fast shutdown ends every
   * session), crash shutdown, "the database system is starting up / shutting down".
   */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutage() {}

  /** Whether the database being unreachable is among the failure's causes. */
  public static boolean causedBy(Throwable failure) {
    return cause(failure).isPresent();
  }

  /**
   * The cause saying the database is unreachable, in one line for the log (the failure itself reads
   * out the SQL that failed, over a dozen lines per request during an outage).
   */
  public static Optional<String> cause(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 32; depth++) {
      if (unreachable(cause)) {
        return Optional.of(oneLine(cause));
      }
      if (cause instanceof SQLException sql
          && sql.getNextException() != null
          && unreachable(sql.getNextException())) {
        return Optional.of(oneLine(sql.getNextException()));
      }
      Throwable next =
          cause instanceof ServletException servlet && servlet.getRootCause() != null
              ? servlet.getRootCause()
              : cause.getCause();
      cause = next == cause ? null : next;
    }
    return Optional.empty();
  }

  private static String oneLine(Throwable cause) {
    return cause.getClass().getName()
        + (cause instanceof SQLException sql ? " [" + sql.getSQLState() + "]" : "")
        + ": "
        + String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
  }

  private static boolean unreachable(Throwable cause) {
    if (cause instanceof ConnectException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      // Class 08: connection exceptions (refused, broken, could not be opened).
      return sql.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(sql.getSQLState());
    }
    return false;
  }
}

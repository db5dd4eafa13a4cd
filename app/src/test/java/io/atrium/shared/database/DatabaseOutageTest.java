package io.atrium.shared.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which failures are the database being out of reach (503, try again) and which are not (500 or the
 * refusal's own status): the shapes PostgreSQL's driver and the layers above give them.
 */
class DatabaseOutageTest {

  @Test
  void aRefusedOrBrokenConnectionDeepInsideWrappersIsAnOutage() {
    var refused = new SQLException("Connection to 127.0.0.1:27700 refused", "08001");
    assertTrue(DatabaseOutage.causedBy(new PersistenceException(new RuntimeException(refused))));
    var broken = new SQLException("An I/O error occurred while sending to the backend", "08006");
    assertTrue(DatabaseOutage.causedBy(new ServletException(new IllegalStateException(broken))));
    assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("refused"))));
  }

  @Test
  void aShutdownEndingTheSessionIsAnOutage() {
    for (String state : new String[] {"57P01", "57P02", "57P03"}) {
      assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection", state)));
    }
  }

  @Test
  void anOutageChainedAsTheNextExceptionOfABatchIsFound() {
    var batch = new SQLException("Batch entry 0 was aborted", "08006");
    var outer = new SQLException("batch failed", "XX000");
    outer.setNextException(batch);
    assertTrue(DatabaseOutage.causedBy(new PersistenceException(outer)));
  }

  @Test
  void failuresOfTheRequestOrTheCodeAreNotOutages() {
    assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.causedBy(new SQLException("permission denied", "42501")));
    assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
    assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
    assertFalse(DatabaseOutage.causedBy(null));
  }
}

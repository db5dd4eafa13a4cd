package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Which postbacks keep reading in their read transaction past the command phase: only a table's own
 * paging, sorting or filtering. The view's side (the source is a table without listeners) is given
 * here as the set of such tables; DashboardPagingBrowserIT pages a real one.
 */
class PostedFormReadsTest {

  private static final String TABLE = "dashboard:visitors";

  private static final Predicate<String> QUIET_TABLE = TABLE::equals;

  private static Map<String, String> flagged(String source, String flag) {
    return Map.of("jakarta.faces.source", source, source + flag, "true");
  }

  @Test
  void aTablesPagingSortingAndFilteringReadOn() {
    assertTrue(PostedFormReads.tableOwnRequest(flagged(TABLE, "_pagination"), QUIET_TABLE));
    assertTrue(PostedFormReads.tableOwnRequest(flagged(TABLE, "_sorting"), QUIET_TABLE));
    assertTrue(PostedFormReads.tableOwnRequest(flagged(TABLE, "_filtering"), QUIET_TABLE));
  }

  @Test
  void aSourceThatIsNoQuietTableIsACommand() {
    // A button posted with the paging flag a table sends (forged), or a table with a page
    // listener: the view does not call either a quiet table.
    assertFalse(
        PostedFormReads.tableOwnRequest(flagged("dashboard:export", "_pagination"), QUIET_TABLE));
    assertFalse(PostedFormReads.tableOwnRequest(flagged(TABLE, "_pagination"), id -> false));
    // An id the view cannot search.
    assertFalse(
        PostedFormReads.tableOwnRequest(
            flagged("::", "_pagination"),
            id -> {
              throw new IllegalArgumentException(id);
            }));
  }

  @Test
  void aPostbackWithoutATablesFlagIsACommand() {
    // The socket re-rendering the table, any form's ajax call: no flag.
    assertFalse(
        PostedFormReads.tableOwnRequest(Map.of("jakarta.faces.source", TABLE), QUIET_TABLE));
    // A full postback: no source.
    assertFalse(
        PostedFormReads.tableOwnRequest(Map.of(TABLE + "_pagination", "true"), QUIET_TABLE));
    // A flag other than "true", or another component's flag.
    assertFalse(
        PostedFormReads.tableOwnRequest(
            Map.of("jakarta.faces.source", TABLE, TABLE + "_pagination", "yes"), QUIET_TABLE));
    assertFalse(
        PostedFormReads.tableOwnRequest(
            Map.of("jakarta.faces.source", TABLE, "other_pagination", "true"), QUIET_TABLE));
  }
}

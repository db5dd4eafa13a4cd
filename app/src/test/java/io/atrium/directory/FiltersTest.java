package io.atrium.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.identity.CentreScope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FiltersTest {

  @Test
  void aSearchTextIsTakenLiterallyInLowerCase() {
    assertEquals("%50!% off!_now!!%", Filters.contains("  50% OFF_now! "));
  }

  @Test
  void everyListStartsFromTheCallersCentres() {
    var where =
        Filters.inCentres("c.homeCentre.id", new CentreScope(false, Set.of(7L)))
            .matching("kaolin", "c.name", "c.email")
            .andIf(null, "c.kind = :kind", "kind")
            .where();
    assertEquals(
        " where (:centresAll = true or c.homeCentre.id in :centreIds)"
            + " and (lower(c.name) like :text escape '!' or lower(c.email) like :text escape '!')",
        where);
  }
}

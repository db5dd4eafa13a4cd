package io.atrium.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.Http;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log page in Chromium: shown to readers of the log (entries, times in the tenant's zone,
 * the chain's verification), refused and left out of the menu for everyone else. The first test
 * prepares the workspace in the server; the others are a person at a browser.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditLogBrowserIT {

  private static final String WORKSPACE = "audit-page-it";
  private static final String PASSWORD = "Audit-page-2026!";

  @Deployment
  static WebArchive deployment() {
    // Loaded, never run, in the server: the test class refers to them.
    return Deployments.app().addClasses(AuditLogScreen.class, Http.class);
  }

  @ArquillianResource URL base;

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject AuditTrail trail;

  private AuditLogScreen screen;

  @AfterEach
  void close() {
    if (screen != null) {
      screen.close();
    }
  }

  @Test
  @Order(1)
  void prepareTheWorkspace() {
    TestTenant tenant = fixtures.named(WORKSPACE);
    fixtures.staff(tenant, "Ada Auditor", PASSWORD, Permission.of(Area.AUDIT, Action.READ));
    long carl =
        fixtures
            .staff(tenant, "Carl Clerk", PASSWORD, Permission.of(Area.TICKETS, Action.READ))
            .id();
    tenancy.runAsTenant(
        tenant.id(),
        () -> {
          trail.record(
              "Company",
              "1001",
              "UPDATE",
              tenant.centreId(),
              Changes.of().field("name", "Acme", "Acme SAS"));
          trail.record(
              "StaffMember",
              carl,
              "UPDATE",
              null,
              Changes.of().field("email", "carl@old.test", "carl@new.test"));
          // As Bookings records one: an instant, a person, a state's constant.
          trail.record(
              "Booking",
              "2520",
              "CREATE",
              tenant.centreId(),
              Changes.of()
                  .field("startsAt", null, Instant.parse("2027-05-03T09:00:00Z"))
                  .field("bookedBy", null, "Ada Auditor")
                  .field("status", null, "CONFIRMED"));
          // As the reception records a visitor's arrival, and the directory a company's state.
          trail.record(
              "Visitor",
              "3001",
              "CHECK_IN",
              tenant.centreId(),
              Changes.of().field("state", "APPROVED", "CHECKED_IN"));
          trail.record(
              "Company",
              "1002",
              "UPDATE",
              tenant.centreId(),
              Changes.of().field("status", "ACTIVE", "ARCHIVED"));
        });
  }

  private AuditLogScreen signIn(String name) {
    screen =
        AuditLogScreen.signIn(
            base,
            WORKSPACE,
            name.toLowerCase().replace(' ', '.') + "@" + WORKSPACE + ".test",
            PASSWORD);
    return screen;
  }

  @Test
  @Order(2)
  @RunAsClient
  void staffWithoutTheRightNeitherSeeNorOpenTheLog() {
    AuditLogScreen clerk = signIn("Carl Clerk");
    assertFalse(clerk.menu().contains("Audit log"), clerk.menu());
    assertTrue(clerk.menu().contains("Dashboard"), clerk.menu());

    clerk.openByAddress();
    assertEquals("Access denied · Atrium", clerk.title());
    assertFalse(clerk.source().contains("Acme SAS"));
    assertEquals(403, clerk.status());
  }

  @Test
  @Order(3)
  @RunAsClient
  void aReaderSeesTheEntriesAndVerifiesTheChain() {
    AuditLogScreen auditor = signIn("Ada Auditor");
    auditor.openFromTheMenu();
    assertEquals(200, auditor.status());

    String table = auditor.table();
    assertTrue(table.contains("Time (Europe/Paris)"), table);
    String today =
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK)
            .format(LocalDate.now(ZoneId.of("Europe/Paris")));
    assertTrue(table.contains(today), "times in the viewer's language: " + today + " in " + table);
    assertTrue(table.contains("Name: Acme → Acme SAS"), table);
    // In plain words: no entity class, action code or bare id (the company is gone, if it was).
    assertTrue(table.contains("System changed the name of company no. 1001"), table);
    assertTrue(table.contains("System changed the e-mail of Carl Clerk"), "named: " + table);
    assertTrue(table.contains("System"), "entries made by the system: " + table);
    // A booking's changes read as the rest of the page: times on the centre's clock, fields and
    // states by their labels, never the stored UTC instant, camelCase name or constant.
    assertTrue(table.contains("Start: 3 May 2027, 11:00"), "in Europe/Paris: " + table);
    assertTrue(table.contains("Booked by: Ada Auditor"), table);
    assertTrue(table.contains("Status: Confirmed"), table);
    assertFalse(table.contains("2027-05-03T09:00:00Z"), table);
    assertFalse(table.contains("bookedBy"), table);
    assertFalse(table.contains("CONFIRMED"), table);
    assertTrue(table.contains("State: Approved → Checked in"), table);
    assertFalse(table.contains("CHECKED_IN"), table);
    assertTrue(table.contains("Status: Active → Archived"), table);
    assertFalse(table.contains("ARCHIVED"), table);

    String chain = auditor.verify();
    assertTrue(chain.startsWith("Chain intact:"), chain);

    // Her own sign-in is hers, not the system's; the system's entry is filtered out.
    String hers = auditor.searchPerson("Ada", shown -> !shown.contains("Acme SAS"));
    assertTrue(hers.contains("Ada Auditor signed in"), hers);
    assertTrue(hers.contains("Ada Auditor"), hers);
    assertFalse(hers.contains("Carl Clerk"), hers);
  }

  @Test
  @Order(4)
  @RunAsClient
  void everyResponseCarriesARequestIdAndASaneOneIsKept() {
    var fresh = Http.get(URI.create(base + "login.xhtml"));
    String id = fresh.headers().firstValue("X-Request-Id").orElseThrow();
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
    var kept = Http.get(URI.create(base + "login.xhtml"), "X-Request-Id", "lb-42.req_7");
    assertEquals("lb-42.req_7", kept.headers().firstValue("X-Request-Id").orElseThrow());
    var forged = Http.get(URI.create(base + "login.xhtml"), "X-Request-Id", "a\\nforged");
    assertFalse(forged.headers().firstValue("X-Request-Id").orElseThrow().contains("forged"));
  }
}

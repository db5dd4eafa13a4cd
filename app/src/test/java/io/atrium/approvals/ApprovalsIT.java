package io.atrium.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.approvals.web.ApprovalsTile;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.web.HomeTile;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, on this class's copy of lumiere: its Paris community manager (ceiling 10 %)
 * discounts a document; a Paris approver, a Lyon approver and the Super Admin stand by. Under the
 * ceiling nothing waits; above it the approvers of Paris (not Lyon's, never the requester) are
 * told, each in their language; a decision reaches the document's capability and the requester
 * (bell and mail: DiscountApprovalBrowserIT reads one in GreenMail), is final, and a rejection
 * needs its reason.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app()
        .addClasses(
            TestTenants.class, InTransaction.class, DecisionsHeard.class, ApprovalFixtures.class);
  }

  @Inject Approvals approvals;

  @Inject ApprovalFixtures fixtures;

  @Inject ApprovalsTile tile;

  @Inject ApprovalInbox inbox;

  @Inject DecisionsHeard heard;

  @Inject TestTenants tenants;

  @Inject InTransaction tx;

  @Inject Tenancy tenancy;

  private static String lumiere;
  private static long tenant;
  private static TestTenants.TestStaff parisApprover;
  private static TestTenants.TestStaff lyonApprover;
  private static long paris;
  private static long manager;

  @BeforeEach
  void ownCopyOfLumiere() {
    if (lumiere == null) {
      lumiere = tenants.copyOf("lumiere");
      tenant = tenants.idOf(lumiere);
      Permission approve = Permission.of(Area.PRICING, Action.APPROVE);
      parisApprover =
          tenants.staff(
              tenant, "paris.approver@" + lumiere + ".test", "Paula Paris", "en", "x", approve);
      lyonApprover =
          tenants.staff(
              tenant, "lyon.approver@" + lumiere + ".test", "Léon Lyon", "en", "x", approve);
      paris = tenants.centreId(lumiere, "PAR1");
      fixtures.limitTo(tenant, parisApprover.id(), paris, BigDecimal.ZERO);
      fixtures.limitTo(
          tenant, lyonApprover.id(), tenants.centreId(lumiere, "LYO1"), BigDecimal.ZERO);
      manager = staffId("cm@lumiere.test");
    }
  }

  @Test
  void aDiscountWithinTheCeilingIsConfirmedAtOnceWithNoRequest() {
    long document = ApprovalFixtures.newDocument();
    as("cm@lumiere.test");
    Optional<ApprovalRequest> request =
        fixtures.submit(tenant, paris, document, new BigDecimal("10.00"), manager);
    assertTrue(request.isEmpty(), "10 % is the community manager's ceiling");
    assertEquals(0, fixtures.requestsOf(tenant, document));
  }

  @Test
  void anApproversBellWritesThePercentInTheLanguageOfThePageReadingIt() {
    long document = ApprovalFixtures.newDocument();
    as("cm@lumiere.test");
    fixtures.submit(tenant, paris, document, new BigDecimal("12.5"), manager).orElseThrow();

    AtriumPrincipal superAdmin = tenants.staffPrincipal(lumiere, "admin@lumiere.test");
    assertTrue(
        tenants.noticesTo(superAdmin, Locale.FRENCH).contains("Remise de 12,5 % à valider"),
        "her profile's language");
    assertTrue(
        tenants.noticesTo(superAdmin, Locale.ENGLISH).contains("Discount of 12.5 % to approve"),
        "her pages switched to English: 12.5, not 12,5");
  }

  @Test
  void aDiscountAboveTheCeilingWaitsAndTellsTheCentresApproversOnly() {
    long document = ApprovalFixtures.newDocument();
    long before = noticesOf(lyonApprover.id());
    as("cm@lumiere.test");
    ApprovalRequest request =
        fixtures.submit(tenant, paris, document, new BigDecimal("25"), manager).orElseThrow();
    assertEquals(ApprovalRequest.State.PENDING, request.getState());
    assertEquals(0, new BigDecimal("10").compareTo(request.getCeilingPercent()));

    assertTrue(
        noticeTitles(parisApprover.id()).contains("Discount of 25 % to approve"),
        noticeTitles(parisApprover.id()).toString());
    assertTrue(
        noticeTitles(staffId("admin@lumiere.test")).contains("Remise de 25 % à valider"),
        "the Super Admin, in French");
    assertEquals(before, noticesOf(lyonApprover.id()), "Lyon's approver sees no Paris request");
    assertTrue(
        tenants.mailsTo(lumiere, "admin@lumiere.test").stream()
            .anyMatch(m -> m.equals("fr|Remise de 25 % à valider : Office " + document)),
        tenants.mailsTo(lumiere, "admin@lumiere.test").toString());
    assertTrue(
        tenants.mailsTo(lumiere, "cm@lumiere.test").stream().noneMatch(m -> m.contains("valider")),
        "never the requester");

    as(lyonApprover.email());
    assertThrows(
        NotFoundException.class,
        () -> inTenant(() -> approvals.decide(request.getId(), Decision.APPROVE, null)),
        "outside the Lyon approver's centres");
    assertEquals(
        ApprovalRequest.State.PENDING,
        fixtures.reread(tenant, request.getId()).getState(),
        "nothing decided");
  }

  @Test
  void anApprovalReachesTheDocumentAndTheRequesterByMailAndBell() {
    long document = ApprovalFixtures.newDocument();
    as("cm@lumiere.test");
    ApprovalRequest request =
        fixtures.submit(tenant, paris, document, new BigDecimal("25"), manager).orElseThrow();
    as(parisApprover.email());
    assertTrue(
        inTenant(() -> inbox.list(ApprovalSearch.PENDING, 0, 100)).stream()
            .anyMatch(r -> r.getId().equals(request.getId())),
        "in the Paris approver's inbox");
    inTenant(() -> approvals.decide(request.getId(), Decision.APPROVE, null));

    List<ApprovalDecided> told = heard.of(document);
    assertEquals(1, told.size());
    assertEquals(ApprovalRequest.State.APPROVED, told.get(0).state());
    ApprovalRequest decided = fixtures.reread(tenant, request.getId());
    assertEquals(ApprovalRequest.State.APPROVED, decided.getState());
    assertEquals("Paula Paris", decided.getDecidedByName());
    assertTrue(
        noticeTitles(manager).contains("Remise approuvée : Office " + document),
        "the requester's bell, in French");
    assertTrue(
        tenants
            .mailsTo(lumiere, "cm@lumiere.test")
            .contains("fr|Remise approuvée : Office " + document),
        "a mail in the requester's language");

    ApprovalStateException again =
        assertThrows(
            ApprovalStateException.class,
            () -> inTenant(() -> approvals.decide(request.getId(), Decision.REJECT, "Late")));
    assertEquals(409, again.status());
    assertEquals(1, heard.of(document).size(), "the document hears once");
  }

  @Test
  void aRejectionNeedsItsReasonAndKeepsIt() {
    long document = ApprovalFixtures.newDocument();
    as("cm@lumiere.test");
    ApprovalRequest request =
        fixtures.submit(tenant, paris, document, new BigDecimal("30"), manager).orElseThrow();
    as("admin@lumiere.test");
    InvalidFieldsException blank =
        assertThrows(
            InvalidFieldsException.class,
            () -> inTenant(() -> approvals.decide(request.getId(), Decision.REJECT, "  ")));
    assertEquals("approval.reason.required", blank.fieldKeys().get("reason"));
    InvalidFieldsException nul =
        assertThrows(
            InvalidFieldsException.class,
            () -> inTenant(() -> approvals.decide(request.getId(), Decision.REJECT, "a\u0000b")));
    assertEquals("approval.reason.invalid", nul.fieldKeys().get("reason"));
    assertEquals(
        ApprovalRequest.State.PENDING, fixtures.reread(tenant, request.getId()).getState());

    inTenant(() -> approvals.decide(request.getId(), Decision.REJECT, "Too generous for a day"));
    ApprovalRequest rejected = fixtures.reread(tenant, request.getId());
    assertEquals(ApprovalRequest.State.REJECTED, rejected.getState());
    assertEquals("Too generous for a day", rejected.getReason());
    assertEquals(ApprovalRequest.State.REJECTED, heard.of(document).get(0).state());
    assertTrue(noticeTitles(manager).contains("Remise refusée : Office " + document));
  }

  @Test
  void anApproverAboveTheirOwnCeilingWaitsForSomeoneElse() {
    long document = ApprovalFixtures.newDocument();
    as(parisApprover.email());
    long ownBefore = noticesOf(parisApprover.id());
    ApprovalRequest request =
        fixtures
            .submit(tenant, paris, document, new BigDecimal("5"), parisApprover.id())
            .orElseThrow();
    assertEquals(ownBefore, noticesOf(parisApprover.id()), "not told of their own request");
    ApprovalStateException own =
        assertThrows(
            ApprovalStateException.class,
            () -> inTenant(() -> approvals.decide(request.getId(), Decision.APPROVE, null)));
    assertEquals(403, own.status());
    assertTrue(
        inTenant(() -> inbox.list(ApprovalSearch.PENDING, 0, 100)).stream()
            .noneMatch(r -> r.getId().equals(request.getId())),
        "not in their own inbox");
  }

  @Test
  void theHomeCountsTheRequestsWaitingForEachApproverAndLinksToTheInbox() {
    as(parisApprover.email());
    assertTrue(tile.shown(), "an approver sees the tile");
    long before = waitingInParis();
    as("cm@lumiere.test");
    assertTrue(!tile.shown(), "a community manager does not");
    ApprovalRequest request =
        fixtures
            .submit(tenant, paris, ApprovalFixtures.newDocument(), new BigDecimal("30"), manager)
            .orElseThrow();
    as(parisApprover.email());
    assertEquals(before + 1, waitingInParis());
    HomeTile.Figure figure = parisCard().figures().get(0);
    assertEquals("/approvals/inbox.xhtml?centre=" + paris, figure.link());
    assertTrue(figure.forYou(), "work waiting for the approver");
    inTenant(() -> approvals.decide(request.getId(), Decision.APPROVE, null));
    assertEquals(before, waitingInParis(), "a decided request no longer waits");
  }

  private long waitingInParis() {
    return parisCard().figures().get(0).count();
  }

  private HomeTile.Card parisCard() {
    return inTenant(
        () ->
            tile.cards(
                    List.of(
                        new HomeTile.CentreDay(paris, LocalDate.now(ZoneId.of("Europe/Paris")))))
                .get(paris));
  }

  @Test
  void anotherTenantsRequestIsNotFound() {
    long document = ApprovalFixtures.newDocument();
    as("cm@lumiere.test");
    ApprovalRequest request =
        fixtures.submit(tenant, paris, document, new BigDecimal("40"), manager).orElseThrow();
    signIn(tenants.staffPrincipal("lumiere", "admin@lumiere.test"));
    long demo = tenants.idOf("lumiere");
    assertThrows(
        NotFoundException.class, () -> tenancy.runAsTenant(demo, () -> inbox.get(request.getId())));
    assertThrows(
        NotFoundException.class,
        () ->
            tenancy.runAsTenant(
                demo, () -> approvals.decide(request.getId(), Decision.APPROVE, null)));
    assertEquals(
        ApprovalRequest.State.PENDING, fixtures.reread(tenant, request.getId()).getState());
  }

  private long staffId(String email) {
    return tenants.staffPrincipal(lumiere, email).personId();
  }

  private <T> T inTenant(java.util.function.Supplier<T> work) {
    return tenancy.runAsTenant(tenant, () -> tx.call(work));
  }

  private long noticesOf(long staffId) {
    return noticeTitles(staffId).size();
  }

  private List<String> noticeTitles(long staffId) {
    return fixtures.noticeTitles(tenant, staffId);
  }

  private void as(String email) {
    signIn(tenants.staffPrincipal(lumiere, email));
  }

  private void signIn(AtriumPrincipal who) {
    fixtures.signIn(who);
  }
}

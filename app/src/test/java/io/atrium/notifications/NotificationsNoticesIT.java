package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.bookings.BookingDetails;
import io.atrium.bookings.Bookings;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Permission;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.TenantEntity;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: notices in a person's bell, who may mark them read, and that one tenant's mails
 * and notices are invisible to another. The signed-in person is set on the test's request, as the
 * authentication mechanism would.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsNoticesIT {

  private static final String PASSWORD = "Correct-horse-2026";
  private static final Permission SETTINGS_READ = Permission.of(Area.SETTINGS, Action.READ);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClasses(TestTenants.class, InTransaction.class);
  }

  @Inject Tenancy tenancy;

  @Inject Notifications notifications;

  @Inject Notices notices;

  @Inject Bookings bookings;

  @Inject Outbox outbox;

  @Inject TestTenants fixtures;

  @Inject InTransaction transactions;

  @Inject HttpServletRequest request;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private void signIn(AtriumPrincipal person) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, person);
  }

  private void notice(AtriumPrincipal to, String language, String name) {
    tenancy.runAsTenant(
        to.tenantId(),
        () ->
            transactions.run(
                () ->
                    notifications.notice(
                        new InAppNotice(
                            to.kind(),
                            to.personId(),
                            language,
                            "welcome",
                            Map.of("name", name),
                            "/index.xhtml"))));
  }

  private void mail(long tenantId, String to, String operator) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            transactions.run(
                () ->
                    notifications.email(
                        new Mail(
                            to,
                            null,
                            "en",
                            "reset",
                            Map.of(
                                "name",
                                to,
                                "operator",
                                operator,
                                "workspace",
                                "w",
                                "link",
                                "https://atrium.test/x")))));
  }

  @Test
  void aNoticeShowsInItsRecipientsCountAndOnlyTheyCanMarkItRead() {
    String slug = unique("bell");
    long tenant = fixtures.named(slug, "fr", "Europe/Paris").id();
    AtriumPrincipal claire =
        fixtures.staff(tenant, "claire@" + slug + ".test", "Claire", "fr", PASSWORD).principal();
    AtriumPrincipal bob =
        fixtures.staff(tenant, "bob@" + slug + ".test", "Bob", "en", PASSWORD).principal();

    notice(claire, "fr", "Claire");

    signIn(claire);
    assertEquals(1, notices.unreadCount(claire));
    List<Notification> latest = notices.listFor(claire);
    assertEquals(1, latest.size());
    assertEquals("Bienvenue sur Atrium, Claire", latest.get(0).getTitle(), "in her language");
    assertEquals(0, notices.unreadCount(bob));
    assertTrue(notices.listFor(bob).isEmpty());

    long id = latest.get(0).getId();
    signIn(bob);
    assertThrows(NotFoundException.class, () -> notices.markRead(id), "not Bob's notice");

    signIn(claire);
    assertEquals(1, notices.unreadCount(claire), "still unread after Bob tried");
    assertEquals("/index.xhtml", notices.markRead(id).getLink());
    assertEquals(0, notices.unreadCount(claire));
    assertEquals(1, notices.listFor(claire).size(), "read notices stay in the list");
  }

  @Test
  void aNoticeWrittenInFrenchIsReadInTheLanguageOfThePageShowingIt() {
    String slug = unique("bell-lang");
    long tenant = fixtures.named(slug, "fr", "Europe/Paris").id();
    AtriumPrincipal claire =
        fixtures.staff(tenant, "claire@" + slug + ".test", "Claire", "fr", PASSWORD).principal();

    notice(claire, "fr", "Claire");

    signIn(claire);
    Notification notice = notices.listFor(claire).get(0);
    assertEquals("Bienvenue sur Atrium, Claire", notice.getTitle(), "written in her language");
    assertEquals("Bienvenue sur Atrium, Claire", notice.titleIn(Locale.FRENCH));
    // Claire switched her pages to English: her bell follows.
    assertEquals("Welcome to Atrium, Claire", notice.titleIn(Locale.ENGLISH));
  }

  @Test
  void aBookingsDateIsReadInTheLanguageOfThePageShowingItOnTheCentresClock() {
    String slug = fixtures.copyOf("lumiere");
    long tenant = fixtures.idOf(slug);
    long room = idOf(fixtures.all(tenant, Space.class), Space::getName, "Salle Lumière");
    // An on-demand member of Paris pays for herself, so the notice is hers.
    AtriumPrincipal camille = fixtures.memberPrincipal(slug, "ondemand@lumiere.test");
    ZonedDateTime start = ZonedDateTime.of(2034, 5, 16, 11, 0, 0, 0, ZoneId.of("Europe/Paris"));

    signIn(fixtures.staffPrincipal(slug, "admin@lumiere.test"));
    tenancy.runAsTenant(
        tenant,
        () ->
            bookings.book(
                new BookingDetails(
                    room,
                    null,
                    camille.personId(),
                    start.toInstant(),
                    start.plusHours(1).toInstant(),
                    null,
                    null)));

    signIn(camille);
    Notification booked = tenancy.runAsTenant(tenant, () -> notices.listFor(camille).get(0));
    assertEquals(
        "Réservation confirmée : Salle Lumière le 16 mai 2034, 11:00–12:00",
        booked.titleIn(Locale.FRENCH));
    // Camille switched her pages to English: the month follows the sentence, the hours stay
    // Paris's.
    assertEquals(
        "Salle Lumière booked on 16 May 2034, 11:00–12:00", booked.titleIn(Locale.ENGLISH));
  }

  private static <T extends TenantEntity> long idOf(
      List<T> rows, Function<T, String> name, String wanted) {
    return rows.stream()
        .filter(r -> wanted.equals(name.apply(r)))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  @Test
  void aMailToSomeoneWithoutAProfileIsInTheirTenantsLanguage() {
    String slug = unique("mail-lang");
    long tenant = fixtures.named(slug, "fr", "Europe/Paris").id();
    String guest = "guest@" + slug + ".test";
    tenancy.runAsTenant(
        tenant,
        () ->
            transactions.run(
                () ->
                    notifications.email(
                        new Mail(
                            guest,
                            null,
                            null,
                            "reset",
                            Map.of(
                                "name",
                                guest,
                                "operator",
                                "Op",
                                "workspace",
                                slug,
                                "link",
                                "https://atrium.test/x")))));
    List<String> mails = fixtures.mailsTo(slug, guest);
    assertEquals(1, mails.size(), mails.toString());
    assertTrue(mails.get(0).startsWith("fr|"), mails.toString());
  }

  @Test
  void markAllReadTouchesOnlyTheSignedInPersonsNotices() {
    String slug = unique("all-read");
    long tenant = fixtures.named(slug, "en", "Europe/London").id();
    AtriumPrincipal ana =
        fixtures.staff(tenant, "ana@" + slug + ".test", "Ana", "en", PASSWORD).principal();
    AtriumPrincipal bob =
        fixtures.staff(tenant, "bob@" + slug + ".test", "Bob", "en", PASSWORD).principal();
    notice(ana, "en", "Ana");
    notice(ana, "en", "Ana");
    notice(bob, "en", "Bob");

    signIn(ana);
    assertEquals(2, notices.markAllRead());
    assertEquals(0, notices.unreadCount(ana));
    assertEquals(1, notices.unreadCount(bob));
    assertEquals("Welcome to Atrium, Ana", notices.listFor(ana).get(0).getTitle());
  }

  @Test
  void oneTenantSeesNoneOfAnotherTenantsMailsOrNotices() {
    String slugA = unique("iso-a");
    String slugB = unique("iso-b");
    long a = fixtures.named(slugA, "fr", "Europe/Paris").id();
    long b = fixtures.named(slugB, "en", "Asia/Kolkata").id();
    AtriumPrincipal adminA =
        fixtures
            .staff(a, "admin@" + slugA + ".test", "Admin A", "fr", PASSWORD, SETTINGS_READ)
            .principal();
    AtriumPrincipal adminB =
        fixtures
            .staff(b, "admin@" + slugB + ".test", "Admin B", "en", PASSWORD, SETTINGS_READ)
            .principal();
    mail(a, "someone@" + slugA + ".test", "Operator A");
    notice(adminA, "fr", "Admin A");
    mail(b, "someone@" + slugB + ".test", "Operator B");
    long mailOfA = fixtures.all(a, OutboxMail.class).get(0).getId();
    long noticeOfA = fixtures.all(a, Notification.class).get(0).getId();

    signIn(adminB);
    assertEquals(1, outbox.count());
    List<OutboxMail> seenByB = outbox.list(0, 20);
    assertEquals(1, seenByB.size());
    assertEquals("someone@" + slugB + ".test", seenByB.get(0).getToEmail());
    assertTrue(seenByB.get(0).getSubject().contains("Operator B"));
    assertThrows(NotFoundException.class, () -> outbox.get(mailOfA));
    assertThrows(NotFoundException.class, () -> notices.markRead(noticeOfA));
    // Even naming A's person, B's transactions reach no row of A.
    var forged =
        new AtriumPrincipal(
            AtriumPrincipal.Kind.STAFF, b, slugB, adminA.personId(), "x@x.test", "X");
    assertEquals(0, notices.unreadCount(forged));
    assertTrue(notices.listFor(forged).isEmpty());

    signIn(adminA);
    assertEquals(1, notices.unreadCount(adminA), "A's notice is still there for A");
    assertEquals(mailOfA, outbox.get(mailOfA).getId());
    assertNull(outbox.get(mailOfA).getToName());
  }

  @Test
  void theSentMailNeedsTheRightToReadSettings() {
    String slug = unique("no-right");
    long tenant = fixtures.named(slug, "en", "Europe/London").id();
    AtriumPrincipal bob =
        fixtures.staff(tenant, "bob@" + slug + ".test", "Bob", "en", PASSWORD).principal();
    signIn(bob);
    assertThrows(ForbiddenException.class, () -> outbox.list(0, 20));
    assertThrows(ForbiddenException.class, () -> outbox.count());
  }
}

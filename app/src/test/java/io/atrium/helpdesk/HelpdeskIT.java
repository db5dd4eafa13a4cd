package io.atrium.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.database.DatabaseSettings;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The helpdesk's services in the server, on a copy of lumiere's demo people: numbering per centre
 * (also under concurrent creations), the life cycle with its activity and notifications, refused
 * moves, bad input that writes nothing, rights, centre scoping and what members never see. A test
 * signs in by putting a principal on the runner's request, as the sign-in mechanism does.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskIT {

  static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    0x0D,
    0x0A,
    0x1A,
    0x0A,
    0,
    0,
    0,
    0x0D,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1
  };

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClasses(HelpdeskFixtures.class);
  }

  @Inject HelpdeskFixtures fixtures;

  @Inject TestTenants tenants;

  @Inject TicketIntake intake;

  @Inject TicketWork work;

  @Inject Tickets tickets;

  @Inject TicketFiles files;

  @Inject TicketNumbers numbers;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  @Inject Config config;

  @Inject HttpServletRequest request;

  @Inject BeanManager beans;

  /** This class's own copy of lumiere, whose support managers only this class sets. */
  private static String lumiere;

  @BeforeEach
  void ownCopyOfLumiere() {
    if (lumiere == null) {
      lumiere = tenants.copyOf("lumiere");
      fixtures.managers(lumiere, "PAR1", "cm@lumiere.test");
      fixtures.managers(lumiere, "LYO1", "admin@lumiere.test");
    }
  }

  private void as(String email) {
    AtriumPrincipal who =
        email.endsWith("@lumiere.test")
            ? tenants.staffPrincipal(lumiere, email)
            : tenants.memberPrincipal(lumiere, email);
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, who);
    forgetRights();
  }

  /**
   * The caller's rights are read once per request; a test switching people within its one request
   * makes the request's Caller read them again.
   */
  private void forgetRights() {
    try {
      Bean<?> bean = beans.resolve(beans.getBeans(Caller.class));
      Object caller = beans.getContext(RequestScoped.class).get(bean);
      if (caller == null) {
        return;
      }
      Field rights = Caller.class.getDeclaredField("rights");
      rights.setAccessible(true);
      rights.set(caller, null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private NewTicket draft(String centre, TicketType type, String title) {
    NewTicket draft = new NewTicket();
    draft.setCentreId(centre == null ? null : tenants.centreId(lumiere, centre));
    draft.setType(type);
    draft.setTitle(title);
    draft.setDescription("Description of " + title);
    return draft;
  }

  private static Upload png(String name) {
    return new Upload(name, new ByteArrayInputStream(PNG));
  }

  private long staffId(String email) {
    return tenants.staffPrincipal(lumiere, email).personId();
  }

  @Test
  void numbersFollowEachCentreWithoutGaps() {
    as("admin@lumiere.test");
    Ticket paris = intake.create(draft("PAR1", TicketType.CLEANING, "Numbering A"), List.of());
    Ticket lyon = intake.create(draft("LYO1", TicketType.CLEANING, "Numbering B"), List.of());
    Ticket parisAgain = intake.create(draft("PAR1", TicketType.CLEANING, "Numbering C"), List.of());
    assertTrue(paris.getNumber().matches("PAR1-\\d{5}"), paris.getNumber());
    assertTrue(lyon.getNumber().matches("LYO1-\\d{5}"), lyon.getNumber());
    assertEquals(paris.getSeq() + 1, parisAgain.getSeq(), "next number of the same centre");
    assertThrows(
        InvalidFieldsException.class,
        () -> intake.create(draft("PAR1", null, "Refused"), List.of()));
    Ticket next = intake.create(draft("PAR1", TicketType.CLEANING, "Numbering D"), List.of());
    assertEquals(parisAgain.getSeq() + 1, next.getSeq(), "a refused creation leaves no gap");
  }

  @Test
  void concurrentCreationsQueueOnTheCounterAndARollbackGivesTheNumberBack() throws Exception {
    long tenant = tenants.idOf(lumiere);
    long centre = tenants.centreId(lumiere, "LYO1");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch firstHolds = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      Future<Integer> first =
          pool.submit(
              () ->
                  tenancy.runAsTenant(
                      tenant,
                      () -> {
                        int[] taken = new int[1];
                        try {
                          tx.run(
                              () -> {
                                taken[0] = numbers.next(centre);
                                firstHolds.countDown();
                                await(release);
                                throw new IllegalStateException("the creation fails");
                              });
                        } catch (IllegalStateException rolledBack) {
                          // The number goes back with the transaction.
                        }
                        return taken[0];
                      }));
      assertTrue(firstHolds.await(30, TimeUnit.SECONDS));
      Future<Integer> second =
          pool.submit(() -> tenancy.runAsTenant(tenant, () -> tx.call(() -> numbers.next(centre))));
      awaitWaitingOnTheCounter();
      assertFalse(second.isDone(), "the second creation waits for the first");
      release.countDown();
      int taken = first.get(30, TimeUnit.SECONDS);
      assertEquals(taken, second.get(30, TimeUnit.SECONDS), "same number: no gap, no duplicate");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aTicketsLifeCycleWithActivityAndNotificationsToTheRightPeopleInTheirLanguage() {
    int managerBefore = tenants.mailsTo(lumiere, "cm@lumiere.test").size();
    int techBefore = tenants.mailsTo(lumiere, "tech@lumiere.test").size();
    int memberBefore = tenants.mailsTo(lumiere, "user@kaolin.test").size();

    as("user@kaolin.test");
    Ticket ticket =
        intake.create(
            draft(null, TicketType.INTERNET, "Wi-Fi down on the 2nd floor"),
            List.of(png("router.png")));
    assertEquals("PAR1", ticket.getCentre().getCode(), "the member's home centre");
    assertEquals("Studio Kaolin", ticket.getCompany().getName());
    assertEquals(1, tickets.attachments(ticket.getId()).size());
    long id = ticket.getId();

    as("cm@lumiere.test");
    TicketRuleException refused =
        assertThrows(TicketRuleException.class, () -> work.changeStatus(id, TicketStatus.SOLVED));
    assertEquals("ticket.transition.refused", refused.messageKey());
    assertEquals(
        TicketStatus.IN_PROGRESS, work.assign(id, staffId("tech@lumiere.test")).getStatus());
    work.escalate(id);
    work.comment(id, "Router replaced tonight; the member must not see this.", true, List.of());
    work.comment(id, "A technician is on the way.", false, List.of());

    as("user@kaolin.test");
    work.comment(id, "Thank you!", false, List.of());
    assertEquals(
        List.of("A technician is on the way.", "Thank you!"),
        tickets.comments(id).stream().map(TicketComment::getBody).toList(),
        "no internal note for the member");
    assertTrue(
        tickets.activity(id).stream().noneMatch(a -> a.getKind().staffOnly()),
        "nor its line of activity");
    assertThrows(TicketRuleException.class, () -> work.comment(id, "sneaky note", true, List.of()));
    assertThrows(ForbiddenException.class, () -> work.changeStatus(id, TicketStatus.SOLVED));

    as("tech@lumiere.test");
    work.deescalate(id);
    assertEquals(TicketStatus.SOLVED, work.changeStatus(id, TicketStatus.SOLVED).getStatus());

    as("user@kaolin.test");
    assertEquals(TicketStatus.IN_PROGRESS, work.reopen(id).getStatus());
    as("tech@lumiere.test");
    work.changeStatus(id, TicketStatus.SOLVED);
    work.changeStatus(id, TicketStatus.CLOSED);
    assertThrows(TicketRuleException.class, () -> work.reopen(id));
    assertThrows(TicketRuleException.class, () -> work.comment(id, "late", false, List.of()));

    as("cm@lumiere.test");
    assertEquals(
        List.of(
            "CREATED",
            "ASSIGNED",
            "STATUS_CHANGED",
            "ESCALATED",
            "NOTE_ADDED",
            "COMMENTED",
            "COMMENTED",
            "DEESCALATED",
            "STATUS_CHANGED",
            "REOPENED",
            "STATUS_CHANGED",
            "STATUS_CHANGED"),
        tickets.activity(id).stream().map(a -> a.getKind().name()).toList());
    assertEquals("Chloé Bernard", tickets.activity(id).get(0).getActorName());

    String number = ticket.getNumber();
    List<String> manager = after(tenants.mailsTo(lumiere, "cm@lumiere.test"), managerBefore);
    assertTrue(
        manager.contains("fr|Nouveau ticket " + number + " : Wi-Fi down on the 2nd floor"),
        manager.toString());
    assertTrue(
        manager.contains("fr|Nouveau commentaire sur le ticket " + number), manager.toString());
    assertFalse(manager.stream().anyMatch(m -> m.contains("Note interne")), "not their own note");
    List<String> tech = after(tenants.mailsTo(lumiere, "tech@lumiere.test"), techBefore);
    assertTrue(
        tech.contains("fr|Ticket " + number + " attribué à vous : Wi-Fi down on the 2nd floor"),
        tech.toString());
    assertTrue(tech.contains("fr|Note interne sur le ticket " + number), tech.toString());
    assertFalse(tech.stream().anyMatch(m -> m.contains("Résolu")), "not their own change");
    List<String> member = after(tenants.mailsTo(lumiere, "user@kaolin.test"), memberBefore);
    assertTrue(
        member.contains("fr|Le ticket " + number + " est maintenant : En cours"),
        member.toString());
    assertTrue(
        member.contains("fr|Le ticket " + number + " est maintenant : Résolu"), member.toString());
    assertTrue(
        member.contains("fr|Nouveau commentaire sur le ticket " + number), member.toString());
    assertFalse(member.stream().anyMatch(m -> m.contains("Note interne")), member.toString());
    assertFalse(member.stream().anyMatch(m -> m.contains("Nouveau ticket")), "not to the author");
    // The member switched their pages to English: the bell names the status in English too.
    List<String> bell =
        tenants.noticesTo(tenants.memberPrincipal(lumiere, "user@kaolin.test"), Locale.ENGLISH);
    assertTrue(bell.contains("Ticket " + number + " is now In Progress"), bell.toString());
    assertTrue(bell.contains("Ticket " + number + " is now Solved (Resolved)"), bell.toString());
  }

  @Test
  void anEnglishSpeakingMemberIsToldInEnglish() {
    int before = tenants.mailsTo(lumiere, "admin@nordlys.test").size();
    as("admin@nordlys.test");
    Ticket ticket = intake.create(draft(null, TicketType.PRINTING, "Printer jam"), List.of());
    assertEquals("LYO1", ticket.getCentre().getCode());
    as("admin@lumiere.test");
    work.assign(ticket.getId(), staffId("tech@lumiere.test"));
    assertEquals(
        List.of("en|Ticket " + ticket.getNumber() + " is now In Progress"),
        after(tenants.mailsTo(lumiere, "admin@nordlys.test"), before));
  }

  @Test
  void badInputWritesNothingNoTicketNoFile() throws IOException {
    as("user@kaolin.test");
    long ticketsBefore = tenants.rows(lumiere, "ticket");
    long filesBefore = storedFiles();
    NewTicket empty = draft(null, null, "Missing type");
    empty.setDescription("  ");
    InvalidFieldsException missing =
        assertThrows(InvalidFieldsException.class, () -> intake.create(empty, List.of()));
    assertEquals(
        Map.of("type", "ticket.type.required", "description", "ticket.description.required"),
        missing.fieldKeys());

    Upload script =
        new Upload(
            "photo.jpg",
            new ByteArrayInputStream("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)));
    InvalidFieldsException disguised =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                intake.create(
                    draft(null, TicketType.OTHER, "Disguised"), List.of(png("ok.png"), script)));
    assertEquals(Map.of("attachments", "file.rejected.type"), disguised.fieldKeys());

    InvalidFieldsException oversized =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                intake.create(
                    draft(null, TicketType.OTHER, "Too big"),
                    List.of(new Upload("big.png", huge(files.maxMegabytes() * 1024 * 1024 + 1)))));
    assertEquals(Map.of("attachments", "file.rejected.size"), oversized.fieldKeys());

    assertEquals(ticketsBefore, tenants.rows(lumiere, "ticket"), "no ticket row");
    assertEquals(filesBefore, storedFiles(), "no file left, the valid one included");
  }

  @Test
  void peopleWithoutTheRightAreRefused() {
    as("reception@lumiere.test");
    assertThrows(ForbiddenException.class, () -> tickets.count(TicketSearch.ALL));
    assertThrows(
        ForbiddenException.class,
        () -> intake.create(draft("PAR1", TicketType.OTHER, "No right"), List.of()));
    as("tech@lumiere.test");
    assertThrows(
        ForbiddenException.class,
        () -> intake.create(draft("PAR1", TicketType.OTHER, "No create right"), List.of()));
    as("user@kaolin.test");
    Ticket mine = intake.create(draft(null, TicketType.OTHER, "Mine"), List.of());
    assertThrows(
        ForbiddenException.class, () -> work.assign(mine.getId(), staffId("tech@lumiere.test")));
    as("cm@lumiere.test");
    InvalidFieldsException reception =
        assertThrows(
            InvalidFieldsException.class,
            () -> work.assign(mine.getId(), staffId("reception@lumiere.test")));
    assertEquals(Map.of("assignee", "ticket.assignee.invalid"), reception.fieldKeys());
  }

  @Test
  void theParisCommunityManagerNeverSeesLyonsTickets() {
    as("admin@nordlys.test");
    Ticket lyon =
        intake.create(draft(null, TicketType.NOISE_ACOUSTICS, "Noisy"), List.of(png("n.png")));
    long lyonFile = tickets.attachments(lyon.getId()).get(0).getId();

    as("cm@lumiere.test");
    long paris = tenants.centreId(lumiere, "PAR1");
    long visible = tickets.count(TicketSearch.ALL);
    assertEquals(
        visible,
        tickets.count(new TicketSearch(paris, null, null, null, null, null, false)),
        "every ticket counted is Paris's");
    assertTrue(
        tickets.list(TicketSearch.ALL, 0, 100).stream()
            .allMatch(t -> t.getCentre().getCode().equals("PAR1")));
    assertEquals(
        0,
        tickets.count(
            new TicketSearch(
                tenants.centreId(lumiere, "LYO1"), null, null, null, null, null, false)));
    assertThrows(NotFoundException.class, () -> tickets.get(lyon.getId()));
    assertThrows(NotFoundException.class, () -> files.get(lyonFile));
    assertThrows(NotFoundException.class, () -> work.escalate(lyon.getId()));

    as("user@kaolin.test");
    assertThrows(NotFoundException.class, () -> tickets.get(lyon.getId()), "another company's");
  }

  @Test
  void aCompanyAdministratorFollowsTheCompanysTicketsAManagerOnlyTheirOwn() {
    as("user@kaolin.test");
    Ticket colleague = intake.create(draft(null, TicketType.CLEANING, "Coffee spill"), List.of());
    as("admin@kaolin.test");
    assertEquals("Coffee spill", tickets.get(colleague.getId()).getTitle());
    assertThrows(ForbiddenException.class, () -> work.reopen(colleague.getId()));
    as("manager@kaolin.test");
    assertThrows(NotFoundException.class, () -> tickets.get(colleague.getId()));
  }

  private static List<String> after(List<String> all, int before) {
    return all.subList(before, all.size());
  }

  private long storedFiles() throws IOException {
    Path folder =
        DatabaseSettings.from(config)
            .dataDir()
            .resolve("files")
            .resolve(Long.toString(tenants.idOf(lumiere)));
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> found = Files.list(folder)) {
      return found.count();
    }
  }

  /** A PNG's header followed by zeros, to the given size, never held in memory. */
  private static InputStream huge(long size) {
    return new InputStream() {
      private long read;

      @Override
      public int read() {
        if (read >= size) {
          return -1;
        }
        int next = read < PNG.length ? PNG[(int) read] & 0xFF : 0;
        read++;
        return next;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (read >= size) {
          return -1;
        }
        int n = (int) Math.min(length, size - read);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = read < PNG.length ? PNG[(int) read] : 0;
          read++;
        }
        return n;
      }
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Until a session of the application waits on a lock taking a ticket number. */
  private static void awaitWaitingOnTheCounter() throws SQLException, InterruptedException {
    try (Connection app = TestDatabase.appConnectionInServer();
        Statement statement = app.createStatement()) {
      for (int i = 0; i < 300; i++) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE '%ticket_counter%'")) {
          rows.next();
          if (rows.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the second creation never waited on the counter");
  }
}

package io.atrium.reception;

import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

/**
 * The front desk's steps on the reception dashboard and the kiosk: walk-ins, arrival (check-in,
 * which tells the host at once), check-in after the host's approval, check-out, no-show. Staff with
 * visitors:create register walk-ins; visitors:edit for every other step; only visitors of the
 * caller's centres, any other is "not found".
 */
@ApplicationScoped
public class FrontDesk {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Hosts hosts;

  @Inject VisitorMessages messages;

  @Inject VisitorJournal journal;

  @Inject Validator validator;

  @Inject KioskDevices kiosks;

  Clock clock = Clock.systemUTC();

  /** Registers a visitor arriving at the desk now, with no invitation; their host is told. */
  @Transactional
  public Visitor walkIn(NewVisitor form) {
    AtriumPrincipal who = caller.require(Area.VISITORS, Action.CREATE);
    var violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    Centre centre = hosts.centre(form.getCentreId());
    Member host = hosts.require(form.getHostId(), centre);
    form.setExpectedDate(LocalDate.now(clock.withZone(centre.zone())));
    form.setVisitTime(LocalTime.now(clock.withZone(centre.zone())).truncatedTo(ChronoUnit.MINUTES));
    Visitor visitor =
        new Visitor(centre, form, Hosts.of(host), hosts.inviter(who), clock.instant());
    visitor.walkIn(clock.instant());
    em.persist(visitor);
    em.flush();
    messages.arrival(visitor, host);
    return journal.recorded(visitor, "WALK_IN", null);
  }

  /** Check-in at the desk: the visitor is here, the host is asked at once to approve. */
  @Transactional
  public Visitor arrive(long id) {
    Visitor visitor = atDesk(id, Action.EDIT);
    Visitor.State before = visitor.getState();
    visitor.arrive(clock.instant());
    messages.arrival(visitor, hosts.get(visitor.getHostId()));
    return journal.recorded(visitor, "ARRIVE", before);
  }

  /**
   * The kiosk's scan: a valid unused token of the caller's centres marks its visitor arrived.
   *
   * @throws CheckInTokenException when the token is unknown here (another tenant's or centre's
   *     included) or was used already
   */
  @Transactional
  public Visitor arriveWithToken(String token) {
    caller.require(Area.VISITORS, Action.EDIT);
    if (token == null || token.isBlank() || token.length() > 200) {
      throw CheckInTokenException.unknown();
    }
    Visitor visitor =
        em.createQuery("select v from Visitor v where v.checkInTokenHash = :hash", Visitor.class)
            .setParameter("hash", CheckInCodes.hash(token))
            .getResultStream()
            .findFirst()
            .filter(v -> caller.centres().allows(v.getCentre().getId()))
            .orElseThrow(CheckInTokenException::unknown);
    if (!visitor.tokenUsable()) {
      throw CheckInTokenException.used();
    }
    Visitor.State before = visitor.getState();
    visitor.arriveWithToken(clock.instant());
    messages.arrival(visitor, hosts.get(visitor.getHostId()));
    return journal.recorded(visitor, "ARRIVE", before);
  }

  /**
   * A visitor checks in at a kiosk with their invitation's code: only an EXPECTED visitor of the
   * kiosk's centre, today on the centre's clock. The kiosk, not a person, is the audit's actor.
   *
   * @throws KioskAccessException when the device token is no paired kiosk's (revoked included)
   * @throws CheckInTokenException when the code is unknown at this centre, used, or not for today
   */
  @Transactional
  public Visitor arriveAtKiosk(String deviceTokenHash, String code) {
    KioskDevice kiosk = kiosks.paired(deviceTokenHash).orElseThrow(KioskAccessException::notPaired);
    if (code == null || code.isBlank() || code.length() > 200) {
      throw CheckInTokenException.unknown();
    }
    Long centreId = kiosk.getCentre().getId();
    Visitor visitor =
        em.createQuery("select v from Visitor v where v.checkInTokenHash = :hash", Visitor.class)
            .setParameter("hash", CheckInCodes.hash(code))
            .getResultStream()
            .findFirst()
            .filter(v -> v.getCentre().getId().equals(centreId))
            .orElseThrow(CheckInTokenException::unknown);
    if (!visitor.tokenUsable()) {
      throw CheckInTokenException.used();
    }
    if (!visitor
        .getExpectedDate()
        .equals(LocalDate.now(clock.withZone(kiosk.getCentre().zone())))) {
      throw CheckInTokenException.otherDay();
    }
    Visitor.State before = visitor.getState();
    visitor.arriveWithToken(clock.instant());
    kiosk.seen(clock.instant());
    messages.arrival(visitor, hosts.get(visitor.getHostId()));
    return journal.recorded(visitor, "ARRIVE", before, kiosk.actor());
  }

  /** After the host's approval, the desk lets the visitor in. */
  @Transactional
  public Visitor checkIn(long id) {
    return step(id, "CHECK_IN", Visitor::checkIn);
  }

  @Transactional
  public Visitor checkOut(long id) {
    return step(id, "CHECK_OUT", Visitor::checkOut);
  }

  @Transactional
  public Visitor markNoShow(long id) {
    return step(id, "NO_SHOW", Visitor::markNoShow);
  }

  /** A desk step on one visitor: the entity moves (or refuses), the journal records it. */
  private Visitor step(long id, String action, BiConsumer<Visitor, Instant> move) {
    Visitor visitor = atDesk(id, Action.EDIT);
    Visitor.State before = visitor.getState();
    move.accept(visitor, clock.instant());
    return journal.recorded(visitor, action, before);
  }

  private Visitor atDesk(long id, Action action) {
    caller.require(Area.VISITORS, action);
    Visitor visitor = em.find(Visitor.class, id);
    if (visitor == null || !caller.centres().allows(visitor.getCentre().getId())) {
      throw new NotFoundException();
    }
    return visitor;
  }
}

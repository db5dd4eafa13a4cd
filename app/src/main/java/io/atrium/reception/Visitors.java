package io.atrium.reception;

import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.Horizon;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Visitors as their hosts and inviters know them (document 000, workflow 1): invitations by staff
 * and members, the host's decision, reading one visitor. The desk's steps are {@link FrontDesk}'s.
 * Each command is one transaction writing the change, its audit entry and its messages (outbox)
 * together; see the package's rules for who may.
 */
@ApplicationScoped
public class Visitors {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Hosts hosts;

  @Inject VisitorMessages messages;

  @Inject VisitorJournal journal;

  @Inject Validator validator;

  Clock clock = Clock.systemUTC();

  /** Pre-registers a visitor; they are mailed a QR code with a single-use token and an .ics. */
  @Transactional
  public Visitor invite(NewVisitor form) {
    return invite(form, null);
  }

  /**
   * Invites a visitor to a booking the caller was allowed to change (its centre, day, start and
   * host in the form); their access follows the booking's.
   */
  @Transactional
  public Visitor inviteForBooking(NewVisitor form, long bookingId) {
    return invite(form, bookingId);
  }

  /**
   * The visitors invited to a booking, by name; for a caller the booking was already checked for,
   * so not filtered again.
   */
  @Transactional
  public List<Visitor> ofBooking(long bookingId) {
    return em.createQuery(
            "select v from Visitor v where v.bookingId = :booking order by v.fullName, v.id",
            Visitor.class)
        .setParameter("booking", bookingId)
        .getResultList();
  }

  /** The booking was cancelled: its visitors still expected are told and no longer expected. */
  @Transactional
  public void bookingCancelled(long bookingId) {
    for (Visitor visitor : ofBooking(bookingId)) {
      if (visitor.getState() == Visitor.State.EXPECTED) {
        visitor.cancel();
        Member host = em.find(Member.class, visitor.getHostId());
        if (host != null && visitor.getEmail() != null) {
          messages.cancelled(visitor, host);
        }
        journal.recorded(visitor, "CANCEL", Visitor.State.EXPECTED);
      }
    }
  }

  /**
   * The booking moved: its visitors still expected are expected at its new start, and mailed the
   * invitation again (a new check-in code, the calendar event updated).
   */
  @Transactional
  public void bookingMoved(long bookingId, LocalDate day, LocalTime time) {
    for (Visitor visitor : ofBooking(bookingId)) {
      if (visitor.getState() != Visitor.State.EXPECTED
          || (day.equals(visitor.getExpectedDate()) && time.equals(visitor.getVisitTime()))) {
        continue;
      }
      LocalDate wasDay = visitor.getExpectedDate();
      LocalTime wasTime = visitor.getVisitTime();
      visitor.rescheduled(day, time);
      String token = CheckInCodes.newToken();
      visitor.expectWithToken(CheckInCodes.hash(token));
      Member host = em.find(Member.class, visitor.getHostId());
      if (host != null && visitor.getEmail() != null) {
        messages.invitation(visitor, host, token);
      }
      journal.rescheduled(visitor, wasDay, wasTime);
    }
  }

  private Visitor invite(NewVisitor form, Long bookingId) {
    AtriumPrincipal who = inviter();
    check(form);
    Centre centre =
        who.member()
            ? em.find(Member.class, who.personId()).getHomeCentre()
            : hosts.centre(form.getCentreId());
    Member host = hostFor(form, centre, who);
    Map<String, String> invalid = new LinkedHashMap<>();
    if (form.getExpectedDate() == null) {
      invalid.put("expectedDate", "visitor.expectedDate.required");
    } else if (form.getExpectedDate().isBefore(today(centre))) {
      invalid.put("expectedDate", "visitor.expectedDate.past");
    } else if (Horizon.beyond(form.getExpectedDate(), today(centre))) {
      invalid.put("expectedDate", Horizon.TOO_FAR);
    }
    if (form.getVisitTime() == null) {
      invalid.put("visitTime", "visitor.visitTime.required");
    } else if (today(centre).equals(form.getExpectedDate())
        && form.getVisitTime().isBefore(nowAt(centre))) {
      invalid.put("visitTime", "visitor.visitTime.past");
    }
    if (form.getEmail() == null) {
      invalid.put("email", "visitor.email.required");
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    Visitor visitor =
        new Visitor(centre, form, Hosts.of(host), hosts.inviter(who), clock.instant());
    if (bookingId != null) {
      visitor.forBooking(bookingId);
    }
    String token = CheckInCodes.newToken();
    visitor.expectWithToken(CheckInCodes.hash(token));
    em.persist(visitor);
    em.flush();
    messages.invitation(visitor, host, token);
    return journal.recorded(visitor, "INVITE", null);
  }

  /** The host (or an administrator of the host's company) lets the visitor in, or not. */
  @Transactional
  public Visitor decide(long id, boolean approve) {
    AtriumPrincipal member = caller.principal().orElseThrow(NotSignedInException::new);
    Visitor visitor = get(id);
    if (!member.member() || !mayDecide(member, visitor)) {
      throw new ForbiddenException();
    }
    Visitor.State before = visitor.getState();
    if (approve) {
      visitor.approve(member.personId(), clock.instant());
    } else {
      visitor.decline(member.personId(), clock.instant());
    }
    return journal.recorded(visitor, approve ? "APPROVE" : "DECLINE", before);
  }

  /** A visitor the caller may see, if any. */
  @Transactional
  public Optional<Visitor> find(long id) {
    AtriumPrincipal who = caller.principal().orElseThrow(NotSignedInException::new);
    if (who.staff()) {
      caller.require(Area.VISITORS, Action.READ);
    }
    return Optional.ofNullable(em.find(Visitor.class, id)).filter(v -> readable(who, v));
  }

  /**
   * @throws NotFoundException unless the caller may see the visitor
   */
  @Transactional
  public Visitor get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /** Whether the signed-in member may approve or decline this visitor. */
  public boolean mayDecide(AtriumPrincipal member, Visitor visitor) {
    return visitor.getHostId() == member.personId()
        || (caller.rights().companyRole() == CompanyRole.ADMINISTRATOR
            && Objects.equals(visitor.getHostCompanyId(), caller.rights().companyId()));
  }

  private boolean readable(AtriumPrincipal who, Visitor visitor) {
    if (who.staff()) {
      return caller.centres().allows(visitor.getCentre().getId());
    }
    if (!who.member() || !caller.rights().active()) {
      return false;
    }
    boolean invited =
        visitor.getInvitedByKind() == AtriumPrincipal.Kind.MEMBER
            && visitor.getInvitedById() == who.personId();
    return invited || mayDecide(who, visitor);
  }

  private AtriumPrincipal inviter() {
    AtriumPrincipal who = caller.principal().orElseThrow(NotSignedInException::new);
    return who.member()
        ? caller.require(ClientRight.APPOINTMENTS)
        : caller.require(Area.VISITORS, Action.CREATE);
  }

  /** A member hosts their own visitors, or names a colleague of their company. */
  private Member hostFor(NewVisitor form, Centre centre, AtriumPrincipal who) {
    if (!who.member()) {
      return hosts.require(form.getHostId(), centre);
    }
    Long hostId = form.getHostId() == null ? who.personId() : form.getHostId();
    Member host = hosts.require(hostId, centre);
    boolean colleague =
        host.getCompany() != null
            && Objects.equals(host.getCompany().getId(), caller.rights().companyId());
    if (hostId != who.personId() && !colleague) {
      throw InvalidFieldsException.of("hostId", "visitor.host.unknown");
    }
    return host;
  }

  /** The centre's clock to the minute: a visit at the current minute is still to come. */
  LocalTime nowAt(Centre centre) {
    return LocalTime.now(clock.withZone(centre.zone())).truncatedTo(ChronoUnit.MINUTES);
  }

  LocalDate today(Centre centre) {
    return LocalDate.now(clock.withZone(centre.zone()));
  }

  private void check(NewVisitor form) {
    if (form == null) {
      throw InvalidFieldsException.of("fullName", "visitor.fullName.required");
    }
    var violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}

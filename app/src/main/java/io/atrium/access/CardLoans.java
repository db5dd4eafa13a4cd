package io.atrium.access;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingCancelled;
import io.atrium.bookings.Bookings;
import io.atrium.daypasses.DayPass;
import io.atrium.daypasses.DayPassCancelled;
import io.atrium.daypasses.DayPasses;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Temporary cards lent for a booking (000 workflow 3: "assign a physical RFID access card strictly
 * for the duration of this specific booking"): a temporary card of the booking's centre is LENT to
 * its payer from the booking's start to its end. Cancelling the booking or day pass ends its loan
 * in the cancelling transaction, the card back AVAILABLE at once. {@link #endDue} ends every loan
 * whose end has come (or whose booking was cancelled before loans ended with it): it runs every 10
 * seconds for each tenant, and as it asks which ends have passed rather than waiting for a moment,
 * loans that ended while no server ran are ended at the next start. Staff may take a card back
 * earlier.
 */
@ApplicationScoped
public class CardLoans {

  /** The most loans one run ends, so a long outage is caught up in short transactions. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Cards cards;

  @Inject Bookings bookings;

  @Inject DayPasses dayPasses;

  Clock clock = Clock.systemUTC();

  /** Lends the temporary card for the booking (access-cards:edit, and the booking readable). */
  @Transactional
  public CardLoan lend(long cardId, Long bookingId) {
    return lend(cardId, bookingId, null);
  }

  /**
   * Lends the temporary card for a booking's time or a day pass's day (000 workflow 4: "assign a
   * physical access card to the user for the day, which will automatically deactivate when the pass
   * expires"): one of the two, readable by the caller, of the card's centre, not over.
   */
  @Transactional
  public CardLoan lend(long cardId, Long bookingId, Long dayPassId) {
    var principal = caller.require(Area.ACCESS_CARDS, Action.EDIT);
    AccessCard card = cards.changeable(cardId, true);
    if (bookingId != null && dayPassId != null) {
      throw InvalidFieldsException.of("bookingId", "card.loan.oneSubject");
    }
    Subject subject = dayPassId != null ? pass(dayPassId) : subject(booking(bookingId));
    if (!Objects.equals(subject.centreId(), card.getCentre().getId())) {
      throw InvalidFieldsException.of(subject.field(), "card.loan.otherCentre");
    }
    if (!subject.held() || !subject.endsAt().isAfter(clock.instant())) {
      throw InvalidFieldsException.of(subject.field(), "card.loan.bookingOver");
    }
    if (card.getKind() != AccessCard.Kind.TEMPORARY) {
      throw new LoanRefusedException("card.loan.notTemporary");
    }
    if (card.getState() != AccessCard.State.AVAILABLE) {
      throw new Cards.CardStateException(card.getState());
    }
    CardLoan loan =
        new CardLoan(
            card,
            subject.bookingId(),
            subject.dayPassId(),
            subject.startsAt(),
            subject.endsAt(),
            principal.personId());
    em.persist(loan);
    card.lend(subject.company(), subject.member());
    cards.changed(
        card,
        "LENT",
        subject.field().replace("Id", ""),
        null,
        subject.bookingId() != null ? subject.bookingId() : subject.dayPassId());
    return loan;
  }

  /** What a card is lent for: a booking's time, or a day pass's day on its centre's clock. */
  private record Subject(
      String field,
      Long bookingId,
      Long dayPassId,
      long centreId,
      Instant startsAt,
      Instant endsAt,
      boolean held,
      io.atrium.directory.Company company,
      io.atrium.directory.Member member) {}

  private static Subject subject(Booking booking) {
    return new Subject(
        "bookingId",
        booking.getId(),
        null,
        booking.getCentre().getId(),
        booking.getStartsAt(),
        booking.getEndsAt(),
        booking.isHeld(),
        booking.getCompany(),
        booking.getMember());
  }

  private Subject pass(long dayPassId) {
    DayPass pass;
    try {
      pass = dayPasses.get(dayPassId);
    } catch (NotFoundException | io.atrium.shared.ForbiddenException unknown) {
      throw InvalidFieldsException.of("dayPassId", "card.loan.passUnknown");
    }
    var zone = pass.getCentre().zone();
    return new Subject(
        "dayPassId",
        null,
        pass.getId(),
        pass.getCentre().getId(),
        pass.getDay().atStartOfDay(zone).toInstant(),
        pass.getDay().plusDays(1).atStartOfDay(zone).toInstant(),
        pass.getStatus() == DayPass.Status.CONFIRMED,
        pass.getMember().getCompany(),
        pass.getMember());
  }

  /** Takes a lent card back before its booking's end (access-cards:edit). */
  @Transactional
  public AccessCard takeBack(long cardId) {
    AccessCard card = cards.changeable(cardId, true);
    CardLoan loan = open(card).orElseThrow(() -> new Cards.CardStateException(card.getState()));
    return end(loan, CardLoan.End.STAFF);
  }

  /** The card's loan in progress, if any. */
  @Transactional
  public java.util.Optional<CardLoan> openLoan(long cardId) {
    return open(cards.get(cardId));
  }

  /** A cancelled booking's loans end with it, in its transaction, audited as its canceller's. */
  void bookingCancelled(@Observes BookingCancelled cancelled) {
    endOpen("bookingId", cancelled.booking().getId());
  }

  /** A cancelled day pass's loan ends with it, as a cancelled booking's does. */
  void passCancelled(@Observes DayPassCancelled cancelled) {
    endOpen("dayPassId", cancelled.pass().getId());
  }

  private void endOpen(String subject, long id) {
    em.createQuery(
            "select l from CardLoan l where l." + subject + " = :id and l.endedAt is null",
            CardLoan.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(loan -> end(loan, CardLoan.End.BOOKING));
  }

  /** The tenants with work for the job, read across tenants in the job runner's scan. */
  public List<Long> tenantsDue() {
    List<?> ids = em.createNativeQuery("SELECT atrium_tenants_with_due_loans()").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * Ends the bound tenant's loans whose booking has ended or was cancelled, the oldest first, at
   * most {@value #BATCH}; returns how many. Run by {@link CardLoanJob}.
   */
  @Transactional
  public int endDue() {
    List<Object[]> due =
        rows(
            em.createNativeQuery(
                    "SELECT l.id, coalesce(b.status, p.status) FROM card_loan l LEFT JOIN booking"
                        + " b ON b.tenant_id = l.tenant_id AND b.id = l.booking_id LEFT JOIN"
                        + " day_pass p ON p.tenant_id = l.tenant_id AND p.id = l.day_pass_id"
                        + " WHERE l.ended_at IS NULL AND (l.ends_at <= now() OR coalesce(b.status,"
                        + " p.status) = 'CANCELLED') ORDER BY l.ends_at FOR UPDATE OF l SKIP"
                        + " LOCKED")
                .setMaxResults(BATCH)
                .getResultList());
    for (Object[] row : due) {
      CardLoan loan = em.find(CardLoan.class, ((Number) row[0]).longValue());
      end(loan, "CANCELLED".equals(row[1]) ? CardLoan.End.BOOKING : CardLoan.End.SCHEDULE);
    }
    return due.size();
  }

  private AccessCard end(CardLoan loan, CardLoan.End by) {
    loan.end(clock.instant(), by);
    AccessCard card =
        em.find(AccessCard.class, loan.getCard().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (card.getState() != AccessCard.State.LENT) {
      return card; // declared lost or deactivated meanwhile: it stays so
    }
    card.takeBack();
    return cards.changed(card, "LOAN_ENDED", "endedBy", null, by.name());
  }

  private java.util.Optional<CardLoan> open(AccessCard card) {
    return em
        .createQuery(
            "select l from CardLoan l where l.card = :card and l.endedAt is null", CardLoan.class)
        .setParameter("card", card)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Booking booking(Long bookingId) {
    if (bookingId == null) {
      throw InvalidFieldsException.of("bookingId", "card.loan.bookingRequired");
    }
    try {
      return bookings.get(bookingId);
    } catch (NotFoundException | io.atrium.shared.ForbiddenException unknown) {
      throw InvalidFieldsException.of("bookingId", "card.loan.bookingUnknown");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(List<?> rows) {
    return (List<Object[]>) rows;
  }

  /** A loan that the card's kind does not allow. */
  public static class LoanRefusedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    LoanRefusedException(String key) {
      super(409, key);
    }
  }
}

package io.atrium.access;

import io.atrium.bookings.Booking;
import io.atrium.bookings.Bookings;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Temporary cards lent for a booking (000 workflow 3: "assign a physical RFID access card strictly
 * for the duration of this specific booking"): a temporary card of the booking's centre is LENT to
 * its payer from the booking's start to its end. {@link #endDue} ends every loan whose end has come
 * or whose booking was cancelled, the card back AVAILABLE: it runs every 10 seconds for each
 * tenant, and as it asks which ends have passed rather than waiting for a moment, loans that ended
 * while no server ran are ended at the next start. Staff may take a card back earlier.
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

  Clock clock = Clock.systemUTC();

  /** Lends the temporary card for the booking (access-cards:edit, and the booking readable). */
  @Transactional
  public CardLoan lend(long cardId, Long bookingId) {
    var principal = caller.require(Area.ACCESS_CARDS, Action.EDIT);
    AccessCard card = cards.changeable(cardId, true);
    Booking booking = booking(bookingId);
    if (!Objects.equals(booking.getCentre().getId(), card.getCentre().getId())) {
      throw InvalidFieldsException.of("bookingId", "card.loan.otherCentre");
    }
    if (!booking.isHeld() || !booking.getEndsAt().isAfter(clock.instant())) {
      throw InvalidFieldsException.of("bookingId", "card.loan.bookingOver");
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
            booking.getId(),
            booking.getStartsAt(),
            booking.getEndsAt(),
            principal.personId());
    em.persist(loan);
    card.lend(booking.getCompany(), booking.getMember());
    cards.changed(card, "LENT", "booking", null, booking.getId());
    return loan;
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

  /**
   * Ends the bound tenant's loans whose booking has ended or was cancelled, the oldest first, at
   * most {@value #BATCH}; returns how many. Run by {@link CardLoanJob}.
   */
  /** The tenants with work for the job, read across tenants in the job runner's scan. */
  public List<Long> tenantsDue() {
    List<?> ids = em.createNativeQuery("SELECT atrium_tenants_with_due_loans()").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  @Transactional
  public int endDue() {
    List<Object[]> due =
        rows(
            em.createNativeQuery(
                    "SELECT l.id, b.status FROM card_loan l JOIN booking b ON b.tenant_id ="
                        + " l.tenant_id AND b.id = l.booking_id WHERE l.ended_at IS NULL AND"
                        + " (l.ends_at <= now() OR b.status = 'CANCELLED') ORDER BY l.ends_at"
                        + " FOR UPDATE OF l SKIP LOCKED")
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

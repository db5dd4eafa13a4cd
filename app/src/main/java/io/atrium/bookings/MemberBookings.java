package io.atrium.bookings;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookings members make themselves, in the client space and through the API (001, client space
 * §3): a meeting room or a bureau de passage of their centre, for their company (or for themselves,
 * without one), billed by the monthly run like any booking. Every member may book what is free; a
 * booking with a price needs the company role's paid-bookings right (the role User has none).
 * Members list and cancel the bookings they made or that were made for them, and a company's
 * administrator (the role that sees its documents) its bookings too, staff's for it included, under
 * the same rules as staff, the late fee included; one that has started is no longer theirs to
 * cancel. Only the bookings a member made are theirs to change.
 */
@ApplicationScoped
public class MemberBookings {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Bookings bookings;

  @Inject BookingRules rules;

  @Inject BookingBilling billing;

  @Inject BookingMessages messages;

  @Inject BookingPolicy policy;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Booking book(BookingDetails details) {
    var principal = caller.requireMember();
    staffOnlyFieldsAbsent(details);
    Member me = em.find(Member.class, principal.personId());
    BookingRules.Checked checked = rules.checkFor(details, me);
    BookingRuleValues rule = policy.of(checked.space());
    mayBook(rule);
    Booking booking = bookings.placed(checked, details, null, BigDecimal.ZERO.setScale(2));
    booking.bookedBy(me);
    if (booking.getNetTotal() != null
        && booking.getNetTotal().signum() > 0
        && !caller.may(ClientRight.PAID_BOOKINGS)) {
      throw new BookingRuleException(403, "booking.rule.paid");
    }
    if (Boolean.TRUE.equals(rule.approvalRequired())) {
      // Held while staff decide; billed and given access once confirmed.
      booking.pendingApproval();
      bookings.written(booking, checked);
      messages.requested(booking);
    } else {
      billing.billedAhead(booking, null);
      bookings.written(booking, checked);
      messages.confirmed(booking);
      billing.confirmed(booking, null, principal.fullName());
    }
    bookings.audited(booking);
    return booking;
  }

  /** Refuses a member the space's rule keeps for staff, or for the companies' managers. */
  private void mayBook(BookingRuleValues rule) {
    if (rule.whoBooks() == WhoBooks.STAFF_ONLY) {
      throw new BookingRuleException(403, "booking.rule.staffOnly");
    }
    if (rule.whoBooks() == WhoBooks.MANAGERS
        && (caller.rights().companyRole() == null
            || caller.rights().companyRole() == CompanyRole.USER)) {
      throw new BookingRuleException(403, "booking.rule.managers");
    }
  }

  /**
   * The bookings the caller sees, upcoming first in time order, or the past ones, latest first:
   * those they made, those made for them (they are the payer), and, when their role lets them see
   * the company's documents (its administrator: {@link ClientRight#COMPANY_DOCUMENTS}), every
   * booking of their company, such as one staff made for it. The bookings of another company, or
   * another tenant, are never listed.
   */
  @Transactional
  public List<Booking> mine(boolean upcoming, int first, int max) {
    var principal = caller.requireMember();
    Member me = em.find(Member.class, principal.personId());
    var query =
        em.createQuery(
            "select b from Booking b where "
                + visible(me)
                + (upcoming
                    ? " and b.endsAt > :now order by b.startsAt, b.id"
                    : " and b.endsAt <= :now order by b.startsAt desc, b.id desc"),
            Booking.class);
    return parameters(query, me)
        .setParameter("now", clock.instant())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional
  public long count(boolean upcoming) {
    var principal = caller.requireMember();
    Member me = em.find(Member.class, principal.personId());
    var query =
        em.createQuery(
            "select count(b) from Booking b where "
                + visible(me)
                + " and b.endsAt "
                + (upcoming ? ">" : "<=")
                + " :now",
            Long.class);
    return parameters(query, me).setParameter("now", clock.instant()).getSingleResult();
  }

  /** Whether the caller sees their company's bookings, not only theirs. */
  private Company seesCompany(Member me) {
    return me.getCompany() != null && caller.may(ClientRight.COMPANY_DOCUMENTS)
        ? me.getCompany()
        : null;
  }

  /** The JPQL condition on {@code b} of the bookings the member sees (see {@link #mine}). */
  private String visible(Member me) {
    return seesCompany(me) == null
        ? "(b.bookedBy = :me or b.member = :me)"
        : "(b.bookedBy = :me or b.member = :me or b.company = :company)";
  }

  private <T> jakarta.persistence.TypedQuery<T> parameters(
      jakarta.persistence.TypedQuery<T> query, Member me) {
    query.setParameter("me", me);
    Company company = seesCompany(me);
    if (company != null) {
      query.setParameter("company", company);
    }
    return query;
  }

  /** Whether the booking is one the member made (theirs to change), not only one they see. */
  public static boolean madeBy(Booking booking, long memberId) {
    return booking.getBookedBy() != null && booking.getBookedBy().getId() == memberId;
  }

  /**
   * Whether the booking is the member's own: made by them or for them (not only their company's).
   */
  public static boolean own(Booking booking, long memberId) {
    return madeBy(booking, memberId)
        || (booking.getMember() != null && booking.getMember().getId() == memberId);
  }

  /** One of the caller's own bookings (made by or for them); any other is not found. */
  @Transactional
  public Booking getOwn(long id) {
    var principal = caller.requireMember();
    Booking booking = em.find(Booking.class, id);
    if (booking == null || !own(booking, principal.personId())) {
      throw new NotFoundException();
    }
    return booking;
  }

  /**
   * One of the bookings the caller sees; another member's, another company's, or another tenant's,
   * is not found.
   */
  @Transactional
  public Booking get(long id) {
    var principal = caller.requireMember();
    return visibleOrNotFound(em.find(Booking.class, id), principal.personId());
  }

  /**
   * Cancels one of the bookings the caller sees (theirs, made for them, or their company's when
   * they see its bookings) before it starts, under the policy staff cancel with: the late fee
   * included.
   */
  @Transactional
  public Booking cancel(long id) {
    var principal = caller.requireMember();
    Booking booking =
        visibleOrNotFound(
            em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE), principal.personId());
    if (booking.isHeld() && !booking.getStartsAt().isAfter(clock.instant())) {
      throw new BookingRuleException(409, "booking.rule.started");
    }
    // No staff member cancels: a late fee's consumption has no staff author.
    return bookings.cancelled(booking, null);
  }

  /** Changes one of the caller's bookings before it starts, under the rules staff change it. */
  @Transactional
  public Booking change(long id, BookingDetails details) {
    var principal = caller.requireMember();
    staffOnlyFieldsAbsent(details);
    Booking booking =
        mineOrNotFound(
            em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE), principal.personId());
    if (booking.isHeld() && !booking.getStartsAt().isAfter(clock.instant())) {
      throw new BookingRuleException(409, "booking.rule.started");
    }
    Booking changed = bookings.changed(booking, details, null);
    mayBook(policy.of(changed.getSpace()));
    if (changed.getNetTotal() != null
        && changed.getNetTotal().signum() > 0
        && !caller.may(ClientRight.PAID_BOOKINGS)) {
      throw new BookingRuleException(403, "booking.rule.paid");
    }
    return changed;
  }

  /** The booking when the member sees it (see {@link #mine}); not found otherwise. */
  private Booking visibleOrNotFound(Booking booking, long me) {
    if (booking == null) {
      throw new NotFoundException();
    }
    if (own(booking, me)) {
      return booking;
    }
    Company company = seesCompany(em.find(Member.class, me));
    if (company != null
        && booking.getCompany() != null
        && booking.getCompany().getId().equals(company.getId())) {
      return booking;
    }
    throw new NotFoundException();
  }

  /** Only the bookings the member made are theirs to change. */
  private static Booking mineOrNotFound(Booking booking, long me) {
    if (booking == null || booking.getBookedBy() == null || booking.getBookedBy().getId() != me) {
      throw new NotFoundException();
    }
    return booking;
  }

  /** A member books for their own company, at its price, billed monthly: these are staff's. */
  private static void staffOnlyFieldsAbsent(BookingDetails details) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (details.companyId() != null) {
      errors.put("companyId", "booking.member.staff-only");
    }
    if (details.memberId() != null) {
      errors.put("memberId", "booking.member.staff-only");
    }
    if (details.discountPercent() != null && details.discountPercent().signum() != 0) {
      errors.put("discountPercent", "booking.member.staff-only");
    }
    if (details.invoiceNow()) {
      errors.put("invoiceNow", "booking.member.staff-only");
    }
    if (details.contractId() != null) {
      errors.put("contractId", "booking.member.staff-only");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }
}

package io.atrium.daypasses;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Member;
import io.atrium.directory.OnDemandUsers;
import io.atrium.identity.Action;
import io.atrium.identity.ActivationRequested;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.Where;
import io.atrium.pricing.Breakdown;
import io.atrium.pricing.Pricing;
import io.atrium.pricing.PricingRequest;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Day passes of the caller's centres (see the package's rules). */
@ApplicationScoped
public class DayPasses {

  /** How a new walk-in pays: by the invoice issued at once, or by the mailed payment link. */
  public static final List<DayPass.Payment> WALK_IN_PAYMENTS =
      List.of(DayPass.Payment.INVOICE, DayPass.Payment.PAYMENT_LINK);

  /** How far ahead a day pass is sold. */
  static final int MOST_DAYS_AHEAD = 366;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject OnDemandUsers onDemand;

  @Inject Pricing pricing;

  @Inject DayPassMessages messages;

  @Inject AuditTrail audit;

  @Inject DayPassPayments payments;

  @Inject jakarta.enterprise.event.Event<DayPassSold> sold;

  @Inject jakarta.enterprise.event.Event<DayPassCancelled> cancelled;

  @Inject jakarta.enterprise.event.Event<ActivationRequested> activation;

  Clock clock = Clock.systemUTC();

  /** Which passes to list: either filter may be null. */
  public record Search(Long centreId, LocalDate day) {}

  /**
   * Sells the pass: the walk-in made a member first when there is one, the pass priced, its
   * consumption written and invoiced at once, the member told (with the link to pay when asked).
   */
  @Transactional
  public DayPass sell(DayPassDetails details) {
    var principal = caller.require(Area.DAY_PASSES, Action.CREATE);
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = details.centreId() == null ? null : em.find(Centre.class, details.centreId());
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw InvalidFieldsException.of("centreId", "dayPass.centre.unknown");
    }
    CatalogueItem item = offered(details.itemId(), details.day(), centre, errors);
    if ((details.memberId() == null) == (details.walkIn() == null)) {
      errors.put("memberId", "dayPass.member.required");
    }
    Member member = null;
    if (details.memberId() != null) {
      member = em.find(Member.class, details.memberId());
      if (member == null || !caller.centres().allows(member.getHomeCentre().getId())) {
        errors.put("memberId", "dayPass.member.unknown");
        member = null;
      }
    }
    DayPass.Payment payment =
        details.payment() == null ? DayPass.Payment.INVOICE : details.payment();
    if (details.walkIn() != null && !WALK_IN_PAYMENTS.contains(payment)) {
      // A new walk-in has no company, no contract and no credits: nothing bills them with the
      // month and no pool pays for them.
      errors.put("payment", "dayPass.payment.walkIn");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    if (member == null) {
      member = onDemand.walkIn(centre, details.walkIn());
    }
    DayPass pass = sold(centre, member, item, details.day(), payment, principal.personId());
    if (payment == DayPass.Payment.PAYMENT_LINK && member.getStatus() == Member.Status.INVITED) {
      // The payment link opens the client space, which needs a password the member has not
      // chosen yet (a walk-in made just now): sign-in mails them the usual activation link, which
      // lands on the invoice to pay once the password is set.
      activation.fire(
          new ActivationRequested(
              AtriumPrincipal.Kind.MEMBER, member.getId(), DayPassMessages.payPage(pass)));
    }
    return pass;
  }

  /**
   * A member buys a day pass for themselves at their centre (the client space): paid from their or
   * their company's credits, or billed with the month; issuing an invoice is staff's. A price needs
   * the company role's paid-bookings right, as a paid booking does.
   */
  @Transactional
  public DayPass buy(Long itemId, LocalDate day, DayPass.Payment payment) {
    var principal = caller.requireMember();
    if (!caller.may(ClientRight.PAID_BOOKINGS)) {
      throw new DayPassTakenException(403, "dayPass.member.paid");
    }
    Member me = em.find(Member.class, principal.personId());
    Centre centre = me.getHomeCentre();
    Map<String, String> errors = new LinkedHashMap<>();
    CatalogueItem item = offered(itemId, day, centre, errors);
    DayPass.Payment paid = payment == null ? DayPass.Payment.MONTHLY : payment;
    if (paid != DayPass.Payment.CREDITS && paid != DayPass.Payment.MONTHLY) {
      errors.put("payment", "dayPass.payment.member");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return sold(centre, me, item, day, paid, null);
  }

  /** The caller's own day passes (a member's), from today on, by day. */
  @Transactional
  public List<DayPass> mine() {
    var principal = caller.requireMember();
    Member me = em.find(Member.class, principal.personId());
    return em.createQuery(
            "select p from DayPass p where p.member = :me and p.day >= :today order by p.day",
            DayPass.class)
        .setParameter("me", me)
        .setParameter("today", LocalDate.now(clock.withZone(me.getHomeCentre().zone())))
        .setMaxResults(100)
        .getResultList();
  }

  /**
   * The pass, priced, paid as asked (credits, its invoice at once, or the monthly run), its access
   * queued, the member told, audited. {@code sellerId}: the staff member who sold it, or null.
   */
  private DayPass sold(
      Centre centre,
      Member member,
      CatalogueItem item,
      LocalDate day,
      DayPass.Payment payment,
      Long sellerId) {
    if (taken(member, day)) {
      throw new DayPassTakenException();
    }
    DayPass pass = new DayPass(centre, member, item, day, payment, sellerId, clock.instant());
    Breakdown price =
        pricing.price(
            PricingRequest.item(centre.getId(), item.getId(), day)
                .forCompany(member.getCompany() == null ? null : member.getCompany().getId()));
    pass.priced(price.net(), price.gross(), price.currency());
    em.persist(pass);
    Long invoice = payments.pay(pass, sellerId);
    em.flush();
    sold.fire(new DayPassSold(pass));
    messages.sold(pass);
    audit.record(
        "DayPass",
        pass.getId(),
        "CREATE",
        centre.getId(),
        Changes.of()
            .field("member", null, member.getFullName())
            .field("day", null, day)
            .field("item", null, item.getCode())
            .field("payment", null, payment)
            .field("grossTotal", null, pass.getGrossTotal())
            .field("invoiceId", null, invoice)
            .field("creditsUsed", null, pass.getCreditsUsed()));
    return pass;
  }

  /**
   * Cancels a pass; its invoice stays, corrected by a credit note if need be; credits that paid it
   * come back.
   */
  @Transactional
  public DayPass cancel(long id) {
    caller.require(Area.DAY_PASSES, Action.EDIT);
    DayPass pass = em.find(DayPass.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (pass == null || !caller.centres().allows(pass.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (pass.getStatus() == DayPass.Status.CANCELLED) {
      throw new DayPassTakenException("dayPass.cancelled");
    }
    pass.cancel(clock.instant());
    payments.refund(pass);
    cancelled.fire(new DayPassCancelled(pass));
    audit.record(
        "DayPass",
        pass.getId(),
        "CANCEL",
        pass.getCentre().getId(),
        Changes.of().field("status", DayPass.Status.CONFIRMED, DayPass.Status.CANCELLED));
    return pass;
  }

  @Transactional
  public DayPass get(long id) {
    caller.require(Area.DAY_PASSES, Action.READ);
    DayPass pass = em.find(DayPass.class, id);
    if (pass == null || !caller.centres().allows(pass.getCentre().getId())) {
      throw new NotFoundException();
    }
    return pass;
  }

  @Transactional
  public List<DayPass> list(Search search, int first, int max) {
    caller.require(Area.DAY_PASSES, Action.READ);
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where =
        new StringBuilder(" where ")
            .append(Where.inCentres("p.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      where.append(" and p.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.day() != null) {
      where.append(" and p.day = :day");
      parameters.put("day", search.day());
    }
    TypedQuery<DayPass> query =
        em.createQuery(
            "select p from DayPass p" + where + " order by p.day, p.createdAt, p.id",
            DayPass.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * The workspace type asked for, when the centre sells it, and the day, when passes are sold for
   * it; what is wrong with either goes to the errors.
   */
  private CatalogueItem offered(
      Long itemId, LocalDate day, Centre centre, Map<String, String> errors) {
    CatalogueItem item = workspace(itemId, centre);
    if (item == null) {
      errors.put("itemId", "dayPass.item.unknown");
    }
    LocalDate today = LocalDate.now(clock.withZone(centre.zone()));
    if (day == null) {
      errors.put("day", "dayPass.day.required");
    } else if (day.isBefore(today) || day.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
      errors.put("day", "dayPass.day.range");
    }
    return item;
  }

  /** The workspace type: an active DAY_PASS item sold by the day and offered in the centre. */
  private CatalogueItem workspace(Long itemId, Centre centre) {
    if (itemId == null) {
      return null;
    }
    CatalogueItem item = em.find(CatalogueItem.class, itemId);
    boolean offered =
        item != null
            && item.isActive()
            && item.getServiceType() == CatalogueItem.ServiceType.DAY_PASS
            && item.getUnit() == CatalogueItem.Unit.DAY
            && !em.createNativeQuery(
                    "SELECT 1 FROM catalogue_item_centre WHERE item_id = ?1 AND centre_id = ?2")
                .setParameter(1, itemId)
                .setParameter(2, centre.getId())
                .getResultList()
                .isEmpty();
    return offered ? item : null;
  }

  private boolean taken(Member member, LocalDate day) {
    return !em.createQuery(
            "select p.id from DayPass p where p.member = :member and p.day = :day and p.status ="
                + " :confirmed",
            Long.class)
        .setParameter("member", member)
        .setParameter("day", day)
        .setParameter("confirmed", DayPass.Status.CONFIRMED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The member has a pass that day already, or the pass is cancelled already. */
  public static class DayPassTakenException extends BusinessException {
    private static final long serialVersionUID = 1L;

    DayPassTakenException() {
      this("dayPass.taken");
    }

    DayPassTakenException(String key) {
      super(409, key);
    }

    DayPassTakenException(int status, String key) {
      super(status, key);
    }
  }
}

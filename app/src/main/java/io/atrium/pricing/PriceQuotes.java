package io.atrium.pricing;

import io.atrium.approvals.ApprovalDocument;
import io.atrium.approvals.Approvals;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Price quotes (propositions tarifaires) saved from the calculator by staff with pricing:read, in
 * their centres: the pricing service's breakdown kept as written, CONFIRMED when the discount is
 * within the author's ceiling, else PENDING_APPROVAL until the approvals inbox decides.
 */
@ApplicationScoped
public class PriceQuotes {

  /** The kind of document price quotes are to discount approval. */
  public static final String KIND = "PRICE_QUOTE";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999.99");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Pricing pricing;

  @Inject DiscountCeilings ceilings;

  @Inject Approvals approvals;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** The breakdown the draft would be saved with; nothing is written. */
  @Transactional
  public Breakdown calculate(PriceQuoteDraft draft) {
    AtriumPrincipal author = caller.require(Area.PRICING, Action.READ);
    return pricing.price(draft.toRequest(discount(draft, author.personId())));
  }

  /**
   * Saves the draft as a quote with its breakdown; above the author's ceiling it waits for approval
   * and the centre's approvers are told.
   */
  @Transactional
  public PriceQuote save(PriceQuoteDraft draft) {
    AtriumPrincipal author = caller.require(Area.PRICING, Action.READ);
    BigDecimal discount = discount(draft, author.personId());
    Breakdown breakdown = pricing.price(draft.toRequest(discount));
    Centre centre = em.find(Centre.class, draft.getCentreId());
    PriceQuote quote =
        new PriceQuote(centre, author.personId(), author.fullName(), clock.instant());
    quote.setCompany(
        draft.getCompanyId() == null ? null : em.find(Company.class, draft.getCompanyId()));
    quote.setCatalogueItem(
        draft.getItemId() == null ? null : em.find(CatalogueItem.class, draft.getItemId()));
    quote.setSpace(draft.getSpaceId() == null ? null : em.find(Space.class, draft.getSpaceId()));
    quote.setCommitmentMonths(
        draft.getCommitmentMonths() == null ? 0 : draft.getCommitmentMonths());
    quote.setQuantity(draft.getQuantity() == null ? BigDecimal.ONE : draft.getQuantity());
    quote.setPeriodStart(draft.getFrom());
    quote.setPeriodEnd(draft.getTo());
    quote.setDiscountPercent(discount);
    quote.setNetTotal(breakdown.net());
    quote.setTaxTotal(breakdown.tax());
    quote.setGrossTotal(breakdown.gross());
    quote.setBreakdown(QuoteBreakdowns.write(breakdown));
    quote.setStatus(PriceQuote.Status.CONFIRMED);
    em.persist(quote);
    em.flush();
    StaffMember staff = em.find(StaffMember.class, author.personId());
    if (approvals
        .submit(
            new ApprovalDocument(
                KIND,
                quote.getId(),
                centre,
                quote.getSubject(),
                quote.getNetTotal(),
                quote.getCurrency(),
                page(quote.getId())),
            discount,
            staff)
        .isPresent()) {
      quote.setStatus(PriceQuote.Status.PENDING_APPROVAL);
    }
    audit.record(
        "PriceQuote",
        quote.getId(),
        "CREATE",
        centre.getId(),
        Changes.of()
            .field("subject", null, quote.getSubject())
            .field("discountPercent", null, discount)
            .field("netTotal", null, quote.getNetTotal())
            .field("grossTotal", null, quote.getGrossTotal())
            .field("status", null, quote.getStatus()));
    return quote;
  }

  /** The caller's centres' quotes, newest first. */
  @Transactional
  public List<PriceQuote> list(PriceQuote.Status status, Long centreId, int first, int max) {
    return query(
            "select q", status, centreId, " order by q.createdAt desc, q.id desc", PriceQuote.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(PriceQuote.Status status, Long centreId) {
    return query("select count(q)", status, centreId, "", Long.class).getSingleResult();
  }

  /**
   * @throws NotFoundException for another tenant's quote or one outside the caller's centres
   */
  @Transactional
  public PriceQuote get(long id) {
    caller.require(Area.PRICING, Action.READ);
    PriceQuote quote = em.find(PriceQuote.class, id);
    if (quote == null || !caller.centres().allows(quote.getCentre().getId())) {
      throw new NotFoundException();
    }
    return quote;
  }

  /** The breakdown a quote was saved with. */
  public static Breakdown breakdownOf(PriceQuote quote) {
    return QuoteBreakdowns.read(quote.getBreakdown());
  }

  static String page(long id) {
    return "/pricing/quote.xhtml?id=" + id;
  }

  /**
   * The discount asked: the chosen staff discount (one the author's roles may grant in the centre),
   * else the free percentage, from 0 to 100 with at most two decimals.
   */
  private BigDecimal discount(PriceQuoteDraft draft, long authorId) {
    if (draft.getQuantity() != null
        && (draft.getQuantity().scale() > 2 || draft.getQuantity().compareTo(MAX_QUANTITY) > 0)) {
      throw InvalidFieldsException.of("quantity", "quote.quantity.invalid");
    }
    if (draft.getStaffDiscountId() != null) {
      return ceilings
          .grantable(authorId, draft.getCentreId() == null ? -1 : draft.getCentreId())
          .stream()
          .filter(d -> d.getId().equals(draft.getStaffDiscountId()))
          .findFirst()
          .map(StaffDiscount::getPercent)
          .orElseThrow(
              () -> InvalidFieldsException.of("staffDiscountId", "quote.discount.notGrantable"));
    }
    BigDecimal percent =
        draft.getDiscountPercent() == null ? BigDecimal.ZERO : draft.getDiscountPercent();
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.scale() > 2) {
      throw InvalidFieldsException.of("discountPercent", "quote.discount.invalid");
    }
    return percent;
  }

  private <T> TypedQuery<T> query(
      String select, PriceQuote.Status status, Long centreId, String order, Class<T> type) {
    caller.require(Area.PRICING, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(" where " + Where.inCentres("q.centre.id", caller.centres(), parameters));
    if (status != null) {
      where.append(" and q.status = :status");
      parameters.put("status", status);
    }
    if (centreId != null) {
      where.append(" and q.centre.id = :centre");
      parameters.put("centre", centreId);
    }
    TypedQuery<T> query = em.createQuery(select + " from PriceQuote q" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}

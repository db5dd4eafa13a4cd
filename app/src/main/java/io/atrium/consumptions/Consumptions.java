package io.atrium.consumptions;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consumptions of the caller's centres. Staff see them with invoices:read and add, change, remove
 * and bill them with invoices:create: a consumption is a line of an invoice to come, and whoever
 * may make invoices may say what goes on them. A billed consumption is frozen, like its invoice.
 */
@ApplicationScoped
public class Consumptions {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject ConsumptionRules rules;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public List<Consumption> list(ConsumptionSearch search, int first, int max) {
    return query("select c", search, " order by c.consumedOn desc, c.id desc", Consumption.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(ConsumptionSearch search) {
    return query("select count(c)", search, "", Long.class).getSingleResult();
  }

  @Transactional
  public Optional<Consumption> find(long id) {
    caller.require(Area.INVOICES, Action.READ);
    return Optional.ofNullable(em.find(Consumption.class, id))
        .filter(c -> caller.centres().allows(c.getCentre().getId()));
  }

  /**
   * @throws NotFoundException unless the caller may read the consumption
   */
  @Transactional
  public Consumption get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  @Transactional
  public Consumption create(ConsumptionDetails details) {
    var principal = caller.require(Area.INVOICES, Action.CREATE);
    return written(details, principal.personId());
  }

  /**
   * A consumption of what another capability sold once it checked its own rights (a confirmed
   * booking, by its author, or by nobody of the staff when a member booked in the client space):
   * the same rules, written and audited the same way.
   */
  @Transactional
  public Consumption sold(ConsumptionDetails details, Long authorId) {
    return written(details, authorId);
  }

  private Consumption written(ConsumptionDetails details, Long authorId) {
    ConsumptionRules.Checked checked = rules.check(details);
    Consumption consumption = new Consumption(checked.centre(), authorId, clock.instant());
    rules.apply(checked, consumption);
    em.persist(consumption);
    audit.record(
        "Consumption",
        consumption.getId(),
        "CREATE",
        checked.centre().getId(),
        changes(null, consumption));
    return consumption;
  }

  /** Changes an unbilled consumption; its centre stays the one it was consumed at. */
  @Transactional
  public Consumption update(long id, ConsumptionDetails details) {
    Consumption consumption = unbilled(id);
    Long centreId = consumption.getCentre().getId();
    if (details.centreId() != null && !details.centreId().equals(centreId)) {
      // An id in the body is checked like one in the path: another tenant's centre, or one the
      // caller does not see, is unknown; a centre of the caller's is refused as a move.
      throw InvalidFieldsException.of(
          "centreId",
          caller.centres().allows(details.centreId())
              ? "consumption.centre.fixed"
              : "consumption.centre.unknown");
    }
    ConsumptionDetails same =
        new ConsumptionDetails(
            centreId,
            details.companyId(),
            details.memberId(),
            details.itemId(),
            details.description(),
            details.quantity(),
            details.unitPrice(),
            details.discountPercent(),
            details.consumedOn(),
            details.contractId());
    ConsumptionRules.Checked checked = rules.check(same);
    Map<String, Object> before = snapshot(consumption);
    rules.apply(checked, consumption);
    audit.record(
        "Consumption",
        consumption.getId(),
        "UPDATE",
        consumption.getCentre().getId(),
        Changes.between(before, snapshot(consumption)));
    return consumption;
  }

  @Transactional
  public void delete(long id) {
    Consumption consumption = unbilled(id);
    audit.record(
        "Consumption",
        consumption.getId(),
        "DELETE",
        consumption.getCentre().getId(),
        changes(consumption, null));
    em.remove(consumption);
  }

  /**
   * Withdraws the consumption of what another capability sold and took back (a cancelled booking):
   * removed while not billed; once billed it stays on its invoice, which only a credit note
   * corrects.
   *
   * @return whether it was removed
   */
  @Transactional
  public boolean withdraw(long id) {
    Consumption consumption = em.find(Consumption.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (consumption == null || consumption.getInvoiceId() != null) {
      return false;
    }
    audit.record(
        "Consumption",
        consumption.getId(),
        "DELETE",
        consumption.getCentre().getId(),
        changes(consumption, null));
    em.remove(consumption);
    return true;
  }

  /** A consumption of the caller's centres, locked, not billed yet. */
  Consumption unbilled(long id) {
    caller.require(Area.INVOICES, Action.CREATE);
    Consumption consumption = em.find(Consumption.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (consumption == null || !caller.centres().allows(consumption.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (consumption.getInvoiceId() != null) {
      throw new ConsumptionBilledException();
    }
    return consumption;
  }

  private <T> TypedQuery<T> query(
      String select, ConsumptionSearch search, String order, Class<T> type) {
    caller.require(Area.INVOICES, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(" where " + Where.inCentres("c.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      where.append(" and c.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.billed() != null) {
      where.append(search.billed() ? " and c.invoiceId is not null" : " and c.invoiceId is null");
    }
    if (search.companyId() != null) {
      where.append(" and c.company.id = :company");
      parameters.put("company", search.companyId());
    }
    if (search.memberId() != null) {
      where.append(" and c.member.id = :member");
      parameters.put("member", search.memberId());
    }
    if (search.from() != null) {
      where.append(" and c.consumedOn >= :from");
      parameters.put("from", search.from());
    }
    if (search.to() != null) {
      where.append(" and c.consumedOn <= :to");
      parameters.put("to", search.to());
    }
    TypedQuery<T> query = em.createQuery(select + " from Consumption c" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static Changes changes(Consumption before, Consumption after) {
    return Changes.between(snapshot(before), snapshot(after));
  }

  static Map<String, Object> snapshot(Consumption c) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (c == null) {
      return fields;
    }
    fields.put("companyId", c.getCompany() == null ? null : c.getCompany().getId());
    fields.put("memberId", c.getMember() == null ? null : c.getMember().getId());
    fields.put("itemId", c.getItem().getId());
    fields.put("description", c.getDescription());
    fields.put("quantity", c.getQuantity());
    fields.put("unitPrice", c.getUnitPrice());
    fields.put("discountPercent", c.getDiscountPercent());
    fields.put("consumedOn", c.getConsumedOn());
    fields.put("contractId", c.getContractId());
    return fields;
  }
}

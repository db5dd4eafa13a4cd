package io.atrium.payments;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The payments of the staff caller's centres (payments:read), newest first, as searched. */
@ApplicationScoped
public class PaymentList {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Transactional
  public List<Payment> list(PaymentSearch search, int first, int max) {
    return query("select p", search, " order by p.receivedOn desc, p.id desc", Payment.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(PaymentSearch search) {
    return query("select count(p)", search, "", Long.class).getSingleResult();
  }

  /** What each payment has not allocated, by payment id: one query for a page of them. */
  @Transactional
  public Map<Long, BigDecimal> credits(List<Payment> payments) {
    Map<Long, BigDecimal> credits = new HashMap<>();
    if (payments.isEmpty()) {
      return credits;
    }
    payments.forEach(p -> credits.put(p.getId(), p.getAmount()));
    em.createQuery(
            "select a.paymentId, sum(a.amount) from PaymentAllocation a"
                + " where a.paymentId in :ids group by a.paymentId",
            Object[].class)
        .setParameter("ids", new ArrayList<>(credits.keySet()))
        .getResultList()
        .forEach(row -> credits.merge((Long) row[0], (BigDecimal) row[1], BigDecimal::subtract));
    return credits;
  }

  private <T> TypedQuery<T> query(
      String select, PaymentSearch search, String order, Class<T> type) {
    caller.require(Area.PAYMENTS, Action.READ);
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where =
        new StringBuilder(" where ")
            .append(Where.inCentres("p.centre.id", caller.centres(), parameters));
    condition(where, parameters, "p.centre.id = :centre", "centre", search.centreId());
    condition(where, parameters, "p.company.id = :company", "company", search.companyId());
    condition(where, parameters, "p.member.id = :member", "member", search.memberId());
    condition(where, parameters, "p.method = :method", "method", search.method());
    condition(where, parameters, "p.receivedOn >= :from", "from", search.from());
    condition(where, parameters, "p.receivedOn <= :to", "to", search.to());
    TypedQuery<T> query = em.createQuery(select + " from Payment p" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static void condition(
      StringBuilder where, Map<String, Object> parameters, String test, String name, Object value) {
    if (value != null) {
      where.append(" and ").append(test);
      parameters.put(name, value);
    }
  }
}

package io.atrium.approvals;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What approvers read, with pricing:approve, within their centres: the requests waiting for them
 * (never their own, which someone else decides), the decided ones as history, and one request.
 */
@ApplicationScoped
public class ApprovalInbox {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** Pending ones oldest first (the longest waiting on top); decided ones newest decision first. */
  @Transactional
  public List<ApprovalRequest> list(ApprovalSearch search, int first, int max) {
    String order =
        search.pending()
            ? " order by a.requestedAt, a.id"
            : " order by a.decidedAt desc, a.id desc";
    return query("select a", search, order, ApprovalRequest.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(ApprovalSearch search) {
    return query("select count(a)", search, "", Long.class).getSingleResult();
  }

  /**
   * @throws NotFoundException for another tenant's request or one outside the caller's centres
   */
  @Transactional
  public ApprovalRequest get(long id) {
    caller.require(Area.PRICING, Action.APPROVE);
    ApprovalRequest request = em.find(ApprovalRequest.class, id);
    if (request == null || !caller.centres().allows(request.getCentre().getId())) {
      throw new NotFoundException();
    }
    return request;
  }

  /** Requests waiting for the caller in each of these centres (the home's tile). */
  @Transactional
  public Map<Long, Long> waitingByCentre(Collection<Long> centreIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (centreIds.isEmpty()) {
      return counts;
    }
    AtriumPrincipal approver = caller.require(Area.PRICING, Action.APPROVE);
    em.createQuery(
            "select a.centre.id, count(a) from ApprovalRequest a where a.state = :pending"
                + " and a.requestedById <> :me and a.centre.id in :centres group by a.centre.id",
            Object[].class)
        .setParameter("pending", ApprovalRequest.State.PENDING)
        .setParameter("me", approver.personId())
        .setParameter("centres", centreIds)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  private <T> TypedQuery<T> query(
      String select, ApprovalSearch search, String order, Class<T> type) {
    AtriumPrincipal approver = caller.require(Area.PRICING, Action.APPROVE);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(" where " + Where.inCentres("a.centre.id", caller.centres(), parameters));
    if (search.pending()) {
      where.append(" and a.state = :state and a.requestedById <> :me");
      parameters.put("state", ApprovalRequest.State.PENDING);
      parameters.put("me", approver.personId());
    } else if (search.state() != null) {
      where.append(" and a.state = :state");
      parameters.put("state", search.state());
    } else {
      where.append(" and a.state <> :state");
      parameters.put("state", ApprovalRequest.State.PENDING);
    }
    if (search.centreId() != null) {
      where.append(" and a.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    TypedQuery<T> query = em.createQuery(select + " from ApprovalRequest a" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}

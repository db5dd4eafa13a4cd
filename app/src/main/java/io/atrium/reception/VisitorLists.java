package io.atrium.reception;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;

/**
 * Lists of visitors: the reception dashboard (one centre, one day, by visit time, with counts per
 * state), histories and the client space's "My visitors". Staff need visitors:read and see their
 * centres' visitors only; a member sees those they host or invited, a company Administrator also
 * those their company's members host. The dashboard's queries read the index {@code visitor_day}
 * (tenant, centre, day, time, id; state included).
 */
@ApplicationScoped
public class VisitorLists {

  /** The most rows one page of a list or an export holds. */
  public static final int MAX_ROWS = 10_000;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** One page of visitors, by day then visit time (the dashboard's day: by visit time). */
  @Transactional
  public List<Visitor> list(VisitorSearch search, int first, int max) {
    String order =
        search.day() != null
            ? " order by v.visitTime, v.id"
            : " order by v.expectedDate desc, v.visitTime desc, v.id desc";
    return query("select v from Visitor v", search, order, Visitor.class)
        // The centre in the same statement: read on its own, it cost each ajax page of the
        // reception dashboard one more round trip (the page itself has it already).
        .setHint(QueryHints.FETCH, "v.centre")
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), MAX_ROWS))
        .getResultList();
  }

  @Transactional
  public long count(VisitorSearch search) {
    return query("select count(v) from Visitor v", search, "", Long.class).getSingleResult();
  }

  /**
   * How many visitors are in each state for the search's centre and day, whatever its state and
   * text filters: the dashboard's counters. Every state is present, zero when none.
   */
  @Transactional
  public Map<Visitor.State, Long> countsByState(VisitorSearch search) {
    VisitorSearch all =
        new VisitorSearch(
            search.centreId(), search.day(), null, null, search.memberId(), search.companyId());
    Map<Visitor.State, Long> counts = new EnumMap<>(Visitor.State.class);
    for (Visitor.State state : Visitor.State.values()) {
      counts.put(state, 0L);
    }
    query("select v.state, count(v) from Visitor v", all, " group by v.state", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Visitor.State) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * Each centre's visitors of that centre's own day, per state, for the operations home: one
   * grouped query for all the centres asked, limited to the caller's. States with none are absent.
   */
  @Transactional
  public Map<Long, Map<Visitor.State, Long>> countsByCentre(Map<Long, LocalDate> dayByCentre) {
    caller.require(Area.VISITORS, Action.READ);
    Map<Long, Map<Visitor.State, Long>> counts = new HashMap<>();
    List<Long> ids = dayByCentre.keySet().stream().filter(caller.centres()::allows).toList();
    if (ids.isEmpty()) {
      return counts;
    }
    em
        .createQuery(
            "select v.centre.id, v.expectedDate, v.state, count(v) from Visitor v"
                + " where v.centre.id in :ids and v.expectedDate in :days"
                + " group by v.centre.id, v.expectedDate, v.state",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("days", new HashSet<>(dayByCentre.values()))
        .getResultList()
        .stream()
        .filter(row -> row[1].equals(dayByCentre.get((Long) row[0])))
        .forEach(
            row ->
                counts
                    .computeIfAbsent((Long) row[0], k -> new EnumMap<>(Visitor.State.class))
                    .put((Visitor.State) row[2], (Long) row[3]));
    return counts;
  }

  private <T> TypedQuery<T> query(String select, VisitorSearch search, String tail, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where ").append(visible(search, parameters));
    if (search.day() != null) {
      where.append(" and v.expectedDate = :day");
      parameters.put("day", search.day());
    }
    if (search.state() != null) {
      where.append(" and v.state = :state");
      parameters.put("state", search.state());
    }
    if (search.memberId() != null) {
      where.append(
          " and (v.hostId = :member or (v.invitedByKind = :memberKind and v.invitedById = :member))");
      parameters.put("member", search.memberId());
      parameters.put("memberKind", AtriumPrincipal.Kind.MEMBER);
    }
    if (search.companyId() != null) {
      where.append(" and v.hostCompanyId = :company");
      parameters.put("company", search.companyId());
    }
    if (search.hasTextFilter()) {
      where.append(
          " and (lower(v.fullName) like :text escape '!' or lower(v.companyName) like :text"
              + " escape '!' or lower(v.email) like :text escape '!' or lower(v.hostName) like"
              + " :text escape '!')");
      parameters.put("text", search.pattern());
    }
    TypedQuery<T> query = em.createQuery(select + where + tail, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * The caller's part of the visitors: one centre of theirs (named, for index-friendly plans), or
   * all their centres; for a member, what they host or invited (their company's, for an
   * Administrator).
   */
  private String visible(VisitorSearch search, Map<String, Object> parameters) {
    AtriumPrincipal who = caller.principal().orElseThrow(NotSignedInException::new);
    if (who.member() && caller.rights().active()) {
      parameters.put("me", who.personId());
      parameters.put("meKind", AtriumPrincipal.Kind.MEMBER);
      boolean administrator = caller.rights().companyRole() == CompanyRole.ADMINISTRATOR;
      parameters.put("ownCompany", administrator ? caller.rights().companyId() : -1L);
      return "(v.hostId = :me or (v.invitedByKind = :meKind and v.invitedById = :me)"
          + " or v.hostCompanyId = :ownCompany)";
    }
    caller.require(Area.VISITORS, Action.READ);
    if (search.centreId() != null) {
      if (!caller.centres().allows(search.centreId())) {
        throw new NotFoundException();
      }
      parameters.put("centre", search.centreId());
      return "v.centre.id = :centre";
    }
    return Where.inCentres("v.centre.id", caller.centres(), parameters);
  }
}

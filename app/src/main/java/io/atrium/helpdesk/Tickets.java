package io.atrium.helpdesk;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading tickets (package rules 2 and 3): staff with tickets:read see their centres' tickets; a
 * member with the INCIDENTS right sees their own, and a company Administrator also their company's.
 * Any other ticket is "not found", like another tenant's or an absent one.
 */
@ApplicationScoped
public class Tickets {

  private static final String FROM =
      " from Ticket t left join t.requesterMember rm left join t.company co";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject TicketLog log;

  @Transactional
  public List<Ticket> list(TicketSearch search, int first, int max) {
    return query("select t", search, " order by t.createdAt desc, t.id desc", Ticket.class)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(TicketSearch search) {
    return query("select count(t)", search, "", Long.class).getSingleResult();
  }

  /** A ticket the caller may read, if any. */
  @Transactional
  public Optional<Ticket> find(long id) {
    requireReader();
    return Optional.ofNullable(em.find(Ticket.class, id)).filter(this::readable);
  }

  /**
   * @throws NotFoundException unless the caller may read the ticket
   */
  @Transactional
  public Ticket get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /** The ticket's comments, oldest first: internal notes only for staff. */
  @Transactional
  public List<TicketComment> comments(long ticketId) {
    Ticket ticket = get(ticketId);
    return em.createQuery(
            "select c from TicketComment c where c.ticket = :ticket"
                + (caller.isStaff() ? "" : " and c.internal = false")
                + " order by c.createdAt, c.id",
            TicketComment.class)
        .setParameter("ticket", ticket)
        .getResultList();
  }

  /** The ticket's attachments, oldest first: those of internal notes only for staff. */
  @Transactional
  public List<TicketAttachment> attachments(long ticketId) {
    Ticket ticket = get(ticketId);
    return em.createQuery(
            "select a from TicketAttachment a left join a.comment c where a.ticket = :ticket"
                + (caller.isStaff() ? "" : " and (c is null or c.internal = false)")
                + " order by a.createdAt, a.id",
            TicketAttachment.class)
        .setParameter("ticket", ticket)
        .getResultList();
  }

  /** The ticket's activity, oldest first: internal notes only for staff. */
  @Transactional
  public List<TicketActivity> activity(long ticketId) {
    return log.of(get(ticketId), caller.isStaff());
  }

  boolean readable(Ticket ticket) {
    if (caller.isMember()) {
      long me = caller.getPrincipal().personId();
      Long company = caller.rights().companyId();
      return ticket.getRequesterMember() != null
          && (ticket.getRequesterMember().getId() == me
              || (caller.rights().companyRole() == CompanyRole.ADMINISTRATOR
                  && ticket.getCompany() != null
                  && ticket.getCompany().getId().equals(company)));
    }
    return caller.centres().allows(ticket.getCentre().getId());
  }

  private void requireReader() {
    if (caller.isMember()) {
      caller.require(ClientRight.INCIDENTS);
    } else {
      caller.require(Area.TICKETS, Action.READ);
    }
  }

  private <T> TypedQuery<T> query(String select, TicketSearch search, String order, Class<T> type) {
    requireReader();
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (caller.isMember()) {
      Long company = caller.rights().companyId();
      where.add("(rm.id = :me or (:admin = true and co.id = :company))");
      params.put("me", caller.getPrincipal().personId());
      params.put("admin", caller.rights().companyRole() == CompanyRole.ADMINISTRATOR);
      params.put("company", company == null ? -1L : company);
    } else {
      where.add(Where.inCentres("t.centre.id", caller.centres(), params));
    }
    Instant now = log.now();
    filter(where, params, search.centreId(), "t.centre.id = :centre", "centre");
    filter(where, params, search.type(), "t.type = :type", "type");
    filter(where, params, search.status(), "t.status = :status", "status");
    filter(where, params, search.assigneeId(), "t.assignee.id = :assignee", "assignee");
    if (search.escalated() != null) {
      where.add(search.escalated() ? "t.escalationLevel > 0" : "t.escalationLevel = 0");
    }
    if (search.olderThanDays() != null) {
      filter(
          where,
          params,
          now.minus(Duration.ofDays(search.olderThanDays())),
          "t.createdAt < :olderThan",
          "olderThan");
    }
    if (search.overdue()) {
      where.add(
          "(t.status in :openStatuses and ((t.firstResponseAt is null and t.firstResponseDue < :now)"
              + " or t.resolutionDue < :now))");
      params.put("openStatuses", List.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS));
      params.put("now", now);
    }
    TypedQuery<T> query =
        em.createQuery(select + FROM + " where " + String.join(" and ", where) + order, type);
    params.forEach(query::setParameter);
    return query;
  }

  private static void filter(
      List<String> where, Map<String, Object> params, Object value, String clause, String name) {
    if (value != null) {
      where.add(clause);
      params.put(name, value);
    }
  }
}

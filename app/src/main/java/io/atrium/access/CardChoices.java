package io.atrium.access;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What the cards' forms offer: a centre's client companies to distribute cards to, and a company's
 * members to give a card to. Read in SQL of its own: the directory's entities are not queried here.
 */
@ApplicationScoped
public class CardChoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** A company or a member, as a select shows it. */
  public record Choice(long id, String name) implements java.io.Serializable {}

  /** The active companies whose home is the centre, one of the caller's. */
  @Transactional
  public List<Choice> companies(Long centreId) {
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    return choices(
        "SELECT id, name FROM company WHERE status = 'ACTIVE' AND home_centre_id = ?1"
            + " ORDER BY name",
        centreId);
  }

  /**
   * The company's members who are not disabled: for staff, of a company of their centres; for a
   * client company's administrator, of their own company whatever is asked.
   */
  @Transactional
  public List<Choice> members(Long companyId) {
    Long company = companyId;
    if (caller.isMember()) {
      caller.require(ClientRight.MEMBERS);
      company =
          ((Number)
                  one(
                      "SELECT company_id FROM member WHERE id = ?1",
                      caller.getPrincipal().personId()))
              .longValue();
    } else {
      caller.require(Area.ACCESS_CARDS, Action.EDIT);
      if (company == null
          || !caller
              .centres()
              .allows(
                  ((Number) one("SELECT home_centre_id FROM company WHERE id = ?1", company))
                      .longValue())) {
        throw new NotFoundException();
      }
    }
    return choices(
        "SELECT id, full_name FROM member WHERE company_id = ?1 AND status <> 'DISABLED'"
            + " ORDER BY full_name",
        company);
  }

  /** A booking a card may be lent for. */
  public record BookingChoice(
      long id, String space, String payer, java.time.Instant startsAt, java.time.Instant endsAt)
      implements java.io.Serializable {}

  /** The centre's held bookings not yet ended and starting within a week, in time order. */
  @Transactional
  public List<BookingChoice> bookings(Long centreId) {
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT b.id, s.name, coalesce(c.name, m.full_name), b.starts_at, b.ends_at"
                    + " FROM booking b JOIN space s ON s.tenant_id = b.tenant_id AND s.id ="
                    + " b.space_id LEFT JOIN company c ON c.tenant_id = b.tenant_id AND c.id ="
                    + " b.company_id LEFT JOIN member m ON m.tenant_id = b.tenant_id AND m.id ="
                    + " b.member_id WHERE b.centre_id = ?1 AND b.status IN ('CONFIRMED',"
                    + " 'PENDING_APPROVAL') AND b.ends_at > now() AND b.starts_at < now() +"
                    + " interval '7 days' ORDER BY b.starts_at, b.id")
            .setParameter(1, centreId)
            .setMaxResults(200)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new BookingChoice(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    instant(r[3]),
                    instant(r[4])))
        .toList();
  }

  /** A day pass a card may be lent for: its member and its day. */
  public record PassChoice(long id, String member, java.time.LocalDate day)
      implements java.io.Serializable {}

  /** The centre's confirmed day passes from today (on its clock) for a week, by day. */
  @Transactional
  public List<PassChoice> dayPasses(Long centreId) {
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    var centre = em.find(io.atrium.tenancy.Centre.class, centreId);
    java.time.LocalDate today = java.time.LocalDate.now(centre.zone());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, m.full_name, p.day FROM day_pass p JOIN member m ON m.tenant_id ="
                    + " p.tenant_id AND m.id = p.member_id WHERE p.centre_id = ?1 AND p.status ="
                    + " 'CONFIRMED' AND p.day BETWEEN ?2 AND ?3 ORDER BY p.day, m.full_name")
            .setParameter(1, centreId)
            .setParameter(2, today)
            .setParameter(3, today.plusDays(7))
            .setMaxResults(200)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PassChoice(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[2]))
        .toList();
  }

  private static java.time.Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (java.time.Instant) value;
  }

  private Object one(String sql, long id) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    return rows.stream()
        .filter(java.util.Objects::nonNull)
        .map(Object.class::cast)
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private List<Choice> choices(String sql, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    return rows.stream().map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
  }
}

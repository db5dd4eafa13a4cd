package io.atrium.bookings;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.spaces.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the booking form offers, with bookings:read: a centre's bookable spaces in service, and the
 * clients of the caller's centres (active companies, then members on their own), the same ones
 * {@link BookingRules} accepts.
 */
@ApplicationScoped
public class BookingChoices {

  /** A client as a picker shows it; ids name one row across companies and members. */
  public record Payer(long id, String label, boolean company) implements Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Transactional
  public List<Space> spaces(Long centreId) {
    caller.require(Area.BOOKINGS, Action.READ);
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    return em.createQuery(
            "select s from Space s where s.centre.id = :centre and s.bookable = true"
                + " and s.kind in :kinds and s.status <> :out order by s.name",
            Space.class)
        .setParameter("centre", centreId)
        .setParameter("kinds", BookingRules.BOOKABLE)
        .setParameter("out", Space.Status.OUT_OF_SERVICE)
        .getResultList();
  }

  @Transactional
  public List<Payer> payers() {
    caller.require(Area.BOOKINGS, Action.READ);
    List<Payer> payers = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    String companies = Where.inCentres("c.homeCentre.id", caller.centres(), parameters);
    TypedQuery<Object[]> company =
        em.createQuery(
            "select c.id, c.name from Company c where c.status = :active and "
                + companies
                + " order by c.name",
            Object[].class);
    parameters.forEach(company::setParameter);
    company.setParameter("active", io.atrium.directory.Company.Status.ACTIVE);
    for (Object[] row : company.getResultList()) {
      payers.add(new Payer((Long) row[0], (String) row[1], true));
    }
    Map<String, Object> memberParameters = new LinkedHashMap<>();
    String members = Where.inCentres("m.homeCentre.id", caller.centres(), memberParameters);
    TypedQuery<Object[]> member =
        em.createQuery(
            "select m.id, m.fullName from Member m where m.company is null and "
                + members
                + " order by m.fullName",
            Object[].class);
    memberParameters.forEach(member::setParameter);
    for (Object[] row : member.getResultList()) {
      payers.add(new Payer((Long) row[0], (String) row[1], false));
    }
    return payers;
  }
}

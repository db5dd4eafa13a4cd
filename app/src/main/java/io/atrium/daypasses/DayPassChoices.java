package io.atrium.daypasses;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/**
 * What the day-pass form offers, read in SQL of its own: a centre's workspace types (its DAY_PASS
 * items sold by the day) and the members whose home it is, by name.
 */
@ApplicationScoped
public class DayPassChoices {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** An item or a member, as a select shows it. */
  public record Choice(long id, String name) implements Serializable {}

  /**
   * The workspace types for an app's picker: staff name one of their centres (day-passes:read), a
   * member gets their own centre's (a centre named must be it).
   */
  @Transactional
  public List<Choice> forCaller(Long centreId, boolean french) {
    Long centre = centreId;
    if (caller.isMember()) {
      caller.requireMember();
      if (centre == null) {
        centre = caller.centres().ids().stream().findFirst().orElseThrow(NotFoundException::new);
      }
    } else {
      caller.require(Area.DAY_PASSES, Action.READ);
      if (centre == null) {
        throw InvalidFieldsException.of("centre", "dayPass.centre.required");
      }
    }
    if (!caller.centres().allows(centre) || em.find(Centre.class, centre) == null) {
      throw new NotFoundException();
    }
    return workspaces(centre, french);
  }

  @Transactional
  public List<Choice> workspaces(Long centreId, boolean french) {
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    return choices(
        "SELECT i.id, "
            + (french ? "i.name_fr" : "i.name_en")
            + " FROM catalogue_item i JOIN catalogue_item_centre c ON c.tenant_id = i.tenant_id"
            + " AND c.item_id = i.id WHERE c.centre_id = ?1 AND i.active AND i.service_type ="
            + " 'DAY_PASS' AND i.unit = 'DAY' ORDER BY 2",
        centreId);
  }

  @Transactional
  public List<Choice> members(Long centreId) {
    caller.require(Area.DAY_PASSES, Action.CREATE);
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    return choices(
        "SELECT m.id, m.full_name || coalesce(' · ' || c.name, '') FROM member m LEFT JOIN"
            + " company c ON c.tenant_id = m.tenant_id AND c.id = m.company_id WHERE"
            + " m.home_centre_id = ?1 AND m.status <> 'DISABLED' ORDER BY m.full_name",
        centreId);
  }

  private List<Choice> choices(String sql, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql).setParameter(1, id).setMaxResults(2000).getResultList();
    return rows.stream().map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
  }
}

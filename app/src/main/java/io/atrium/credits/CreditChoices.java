package io.atrium.credits;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may hold credits, as the grant form offers them: the active companies of the caller's
 * centres, then their members (an allowance of one's own). Native: ids and names are all a picker
 * needs, and the directory owns its entities' queries.
 */
@ApplicationScoped
public class CreditChoices {

  /** A holder: "c" + id for a company, "m" + id for a member. */
  public record Holder(String key, String label) implements Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Transactional
  public List<Holder> holders(long centreId) {
    caller.require(Area.CONTRACTS, Action.EDIT);
    if (!caller.centres().allows(centreId)) {
      return List.of();
    }
    List<Holder> holders = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, name FROM company WHERE status = 'ACTIVE' AND home_centre_id = ?1"
                    + " ORDER BY name LIMIT 2000")
            .setParameter(1, centreId)
            .getResultList()) {
      Object[] c = (Object[]) row;
      holders.add(new Holder("c" + c[0], (String) c[1]));
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT m.id, m.full_name, c.name FROM member m LEFT JOIN company c ON c.id ="
                    + " m.company_id AND c.tenant_id = m.tenant_id WHERE m.home_centre_id = ?1"
                    + " ORDER BY m.full_name LIMIT 2000")
            .setParameter(1, centreId)
            .getResultList()) {
      Object[] m = (Object[]) row;
      holders.add(new Holder("m" + m[0], m[2] == null ? (String) m[1] : m[1] + " · " + m[2]));
    }
    return holders;
  }
}

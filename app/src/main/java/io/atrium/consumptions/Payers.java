package io.atrium.consumptions;

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
 * Who may pay for a consumption, for the pages' pickers: the active client companies, then the
 * members on their own (on-demand), by name. Readable with invoices:read, so that finance staff
 * need no directory rights to bill.
 */
@ApplicationScoped
public class Payers {

  /** A payer as a picker shows it; ids name one row across companies and members. */
  public record Choice(long id, String label, boolean company) implements Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Transactional
  public List<Choice> choices() {
    caller.require(Area.INVOICES, Action.READ);
    List<Choice> choices = new ArrayList<>();
    // Native: the directory owns its entities' queries; ids and names are all a picker needs.
    for (Object row :
        em.createNativeQuery("SELECT id, name FROM company WHERE status = 'ACTIVE' ORDER BY name")
            .getResultList()) {
      Object[] c = (Object[]) row;
      choices.add(new Choice(((Number) c[0]).longValue(), (String) c[1], true));
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT id, full_name FROM member WHERE company_id IS NULL ORDER BY full_name")
            .getResultList()) {
      Object[] m = (Object[]) row;
      choices.add(new Choice(((Number) m[0]).longValue(), (String) m[1], false));
    }
    return choices;
  }
}

package io.atrium.consumptions;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
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
    em.createQuery(
            "select c from Company c where c.status = :active order by c.name", Company.class)
        .setParameter("active", Company.Status.ACTIVE)
        .getResultList()
        .forEach(c -> choices.add(new Choice(c.getId(), c.getName(), true)));
    em.createQuery(
            "select m from Member m where m.company is null order by m.fullName", Member.class)
        .getResultList()
        .forEach(m -> choices.add(new Choice(m.getId(), m.getFullName(), false)));
    return choices;
  }
}

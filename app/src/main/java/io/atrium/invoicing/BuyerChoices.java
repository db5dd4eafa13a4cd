package io.atrium.invoicing;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/**
 * Whom a manual invoice can be for, for the "New invoice" form: the companies of the caller's
 * centres, and their on-demand members (a company's members are billed through their company). Read
 * as id and name only, the directory's entities staying the directory's.
 */
@ApplicationScoped
public class BuyerChoices {

  private static final int MAX = 1000;

  /** A buyer to pick: its id and name. */
  public record Choice(long id, String name) implements Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Transactional
  public List<Choice> companies() {
    return choices("SELECT id, name FROM company", "name");
  }

  @Transactional
  public List<Choice> onDemandMembers() {
    return choices("SELECT id, full_name FROM member WHERE company_id IS NULL", "full_name");
  }

  private List<Choice> choices(String select, String order) {
    caller.require(Area.INVOICES, Action.CREATE);
    CentreScope scope = caller.centres();
    String where = select.contains("WHERE") ? " AND" : " WHERE";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                select
                    + where
                    + " (?1 OR home_centre_id = ANY(CAST(?2 AS bigint[]))) ORDER BY "
                    + order
                    + " LIMIT "
                    + MAX)
            .setParameter(1, scope.all())
            .setParameter(2, InvoiceBalance.array(scope.ids()))
            .getResultList();
    return rows.stream().map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
  }
}

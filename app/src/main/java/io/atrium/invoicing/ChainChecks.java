package io.atrium.invoicing;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * "Verify the chains": every series of the tenant recomputed link by link (invoices:read); the
 * answer is the number of documents that verify, or the first broken link of the first series that
 * fails. Period closing runs the same check first.
 */
@ApplicationScoped
public class ChainChecks {

  /** How many documents were checked, and the first break, if any, with its series' code. */
  public record Outcome(long documents, String seriesCode, ChainVerification.Break broken) {

    public boolean verified() {
      return broken == null;
    }
  }

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject ChainVerification verification;

  @Transactional
  public Outcome verifyAll() {
    caller.require(Area.INVOICES, Action.READ);
    return check();
  }

  /** The check without the caller's permission: period closing has checked its own. */
  Outcome check() {
    long documents = 0;
    for (InvoiceSeries series :
        em.createQuery("select s from InvoiceSeries s order by s.code, s.id", InvoiceSeries.class)
            .getResultList()) {
      Optional<ChainVerification.Break> broken = verification.verify(series);
      if (broken.isPresent()) {
        return new Outcome(documents, series.getCode(), broken.get());
      }
      documents += series.getIssuedCount();
    }
    return new Outcome(documents, null, null);
  }
}

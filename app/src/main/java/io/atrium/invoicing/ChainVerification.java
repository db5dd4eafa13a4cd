package io.atrium.invoicing;

import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Recomputes the footprints of a series in chain order and names the first broken link: a document
 * whose stored previous footprint is not its predecessor's, or whose footprint is not what its
 * content gives.
 */
@ApplicationScoped
public class ChainVerification {

  /** The first document whose link fails, and why ("previous" or "content"). */
  public record Break(long invoiceId, String number, long chainSeq, String reason) {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  public Optional<Break> verify(InvoiceSeries series) {
    long tenantId = tenancy.currentTenantId().orElseThrow();
    String previous = InvoiceFootprint.GENESIS;
    long expectedSeq = 1;
    int page = 500;
    for (int first = 0; ; first += page) {
      var documents =
          em.createQuery(
                  "select i from Invoice i where i.seriesId = :series and i.status = :issued"
                      + " order by i.chainSeq",
                  Invoice.class)
              .setParameter("series", series.getId())
              .setParameter("issued", Invoice.Status.ISSUED)
              .setFirstResult(first)
              .setMaxResults(page)
              .getResultList();
      for (Invoice invoice : documents) {
        if (invoice.getChainSeq() != expectedSeq
            || !previous.equals(invoice.getPreviousFootprint())) {
          return Optional.of(
              new Break(invoice.getId(), invoice.getNumber(), invoice.getChainSeq(), "previous"));
        }
        if (!InvoiceFootprint.of(tenantId, invoice, previous).equals(invoice.getFootprint())) {
          return Optional.of(
              new Break(invoice.getId(), invoice.getNumber(), invoice.getChainSeq(), "content"));
        }
        previous = invoice.getFootprint();
        expectedSeq++;
      }
      if (documents.size() < page) {
        break;
      }
      em.clear();
    }
    if (expectedSeq - 1 != series.getIssuedCount()
        || (series.getLastFootprint() != null && !previous.equals(series.getLastFootprint()))) {
      return Optional.of(new Break(0, null, expectedSeq, "missing"));
    }
    return Optional.empty();
  }
}

package io.atrium.collection;

import io.atrium.audit.Actor;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceIssued;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Queues what the accounting system must receive, as {@code accounting_sync} rows: the document
 * (and its buyer, the first time) inside the issuing transaction, so it is queued exactly when it
 * is issued; the payments, which the payments part records without knowing of this, by a scan of
 * the payments that have no row yet.
 */
@ApplicationScoped
public class AccountingQueue {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject AuditTrail audit;

  /**
   * Inside the issuing transaction: never calls out, only writes the rows, one statement for all
   * the documents issued together (and their buyers).
   */
  void issued(@Observes InvoiceIssued event) {
    StringBuilder values = new StringBuilder();
    for (InvoiceIssued.Document document : event.documents()) {
      Invoice invoice = document.invoice();
      long buyer =
          invoice.getCompany() != null ? invoice.getCompany().getId() : invoice.getMember().getId();
      row(values, "CONTACT", buyer);
      row(
          values,
          document.kind() == Invoice.Kind.CREDIT_NOTE ? "CREDIT_NOTE" : "INVOICE",
          document.invoiceId());
    }
    // Only ids read from the database and the constant kinds above are written into the text.
    em.createNativeQuery(
            "INSERT INTO accounting_sync (tenant_id, id, entity_kind, entity_id)"
                + " SELECT DISTINCT ON (v.kind, v.entity) ?1, nextval('atrium_id_seq'), v.kind,"
                + " v.entity FROM (VALUES "
                + values
                + ") AS v(kind, entity) ON CONFLICT (tenant_id, entity_kind, entity_id) DO NOTHING")
        .setParameter(1, event.tenantId())
        .executeUpdate();
  }

  private static void row(StringBuilder values, String kind, long entityId) {
    if (values.length() > 0) {
      values.append(", ");
    }
    values.append("('").append(kind).append("', ").append(entityId).append("::bigint)");
  }

  /** Queues the payments (and payers) with no row yet; audited as the system when any. */
  @Transactional
  public int queueNewPayments() {
    long tenantId = tenancy.currentTenantId().orElseThrow();
    int contacts =
        em.createNativeQuery(
                "INSERT INTO accounting_sync (tenant_id, id, entity_kind, entity_id)"
                    + " SELECT DISTINCT ON (payer) ?1, nextval('atrium_id_seq'), 'CONTACT', payer"
                    + " FROM (SELECT COALESCE(p.company_id, p.member_id) AS payer FROM payment p"
                    + " WHERE NOT EXISTS (SELECT 1 FROM accounting_sync s WHERE s.tenant_id = p.tenant_id"
                    + " AND s.entity_kind = 'PAYMENT' AND s.entity_id = p.id)) payers"
                    + " ON CONFLICT (tenant_id, entity_kind, entity_id) DO NOTHING")
            .setParameter(1, tenantId)
            .executeUpdate();
    int payments =
        em.createNativeQuery(
                "INSERT INTO accounting_sync (tenant_id, id, entity_kind, entity_id)"
                    + " SELECT ?1, nextval('atrium_id_seq'), 'PAYMENT', p.id FROM payment p"
                    + " WHERE NOT EXISTS (SELECT 1 FROM accounting_sync s WHERE s.tenant_id = p.tenant_id"
                    + " AND s.entity_kind = 'PAYMENT' AND s.entity_id = p.id)"
                    + " ON CONFLICT (tenant_id, entity_kind, entity_id) DO NOTHING")
            .setParameter(1, tenantId)
            .executeUpdate();
    if (contacts + payments > 0) {
      audit.record(
          Actor.SYSTEM,
          "AccountingSync",
          tenantId,
          "QUEUE",
          null,
          Changes.of().field("payments", null, payments).field("contacts", null, contacts));
    }
    return payments;
  }
}

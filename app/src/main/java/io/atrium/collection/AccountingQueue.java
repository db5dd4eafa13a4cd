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

  private static final String INSERT =
      "INSERT INTO accounting_sync (tenant_id, id, entity_kind, entity_id)"
          + " VALUES (?1, nextval('atrium_id_seq'), ?2, ?3)"
          + " ON CONFLICT (tenant_id, entity_kind, entity_id) DO NOTHING";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject AuditTrail audit;

  /** Inside the issuing transaction: never calls out, only writes the rows. */
  void issued(@Observes InvoiceIssued event) {
    Invoice invoice = em.find(Invoice.class, event.invoiceId());
    long buyer =
        invoice.getCompany() != null ? invoice.getCompany().getId() : invoice.getMember().getId();
    queue(event.tenantId(), "CONTACT", buyer);
    queue(
        event.tenantId(),
        event.kind() == Invoice.Kind.CREDIT_NOTE ? "CREDIT_NOTE" : "INVOICE",
        event.invoiceId());
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

  private void queue(long tenantId, String kind, long entityId) {
    em.createNativeQuery(INSERT)
        .setParameter(1, tenantId)
        .setParameter(2, kind)
        .setParameter(3, entityId)
        .executeUpdate();
  }
}

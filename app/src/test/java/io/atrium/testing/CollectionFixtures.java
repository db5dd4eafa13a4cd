package io.atrium.testing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * In test deployments only (i13-collection): documents and payments the collection tests need
 * beyond {@link InvoiceFixtures}: an invoice of a chosen item from a chosen centre (the IGST case),
 * a full credit note, a payment allocated to an invoice; and a staff member signed in on the test's
 * request, as the authentication mechanism would.
 */
@ApplicationScoped
public class CollectionFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject CollectionFixtures self;

  @Inject TestTenants tenants;

  @Inject HttpServletRequest request;

  /** Signs in the tenant's staff member with this e-mail on the current request. */
  public void signIn(String slug, String email) {
    long tenantId = tenants.idOf(slug);
    StaffMember staff =
        tenants.all(tenantId, StaffMember.class).stream()
            .filter(s -> s.getEmail().equals(email))
            .findFirst()
            .orElseThrow();
    request.setAttribute(
        AtriumPrincipal.REQUEST_ATTRIBUTE,
        new AtriumPrincipal(
            AtriumPrincipal.Kind.STAFF, tenantId, slug, staff.getId(), email, staff.getFullName()));
  }

  /** An issued one-line invoice of the item (by code) from the centre (by code) to the company. */
  public Invoice issue(
      long tenantId, String company, String centre, String item, String price, LocalDate day) {
    return tenancy.runAsTenant(tenantId, () -> self.issueNow(company, centre, item, price, day));
  }

  /** An issued credit note cancelling the whole invoice, dated {@code day}. */
  public Invoice creditNote(long tenantId, long invoiceId, LocalDate day) {
    return tenancy.runAsTenant(tenantId, () -> self.creditNow(invoiceId, day));
  }

  /**
   * Pays every document a demo tenant issued at import (its contracts' deposits and first months),
   * so that what a test finds overdue is what it issued.
   */
  public void settleDemoDocuments(long tenantId, InvoiceFixtures invoices) {
    invoices.sql(
        tenantId,
        "INSERT INTO payment (tenant_id, id, centre_id, company_id, member_id, method, amount,"
            + " currency, received_on, reference, recorded_by) SELECT tenant_id,"
            + " nextval('atrium_id_seq'), centre_id, company_id, member_id, 'TRANSFER', gross_total,"
            + " currency, issue_date, 'demo-' || id, 'Test' FROM invoice WHERE status = 'ISSUED'"
            + " AND kind <> 'CREDIT_NOTE' AND gross_total > 0");
    invoices.sql(
        tenantId,
        "INSERT INTO payment_allocation (tenant_id, id, payment_id, invoice_id, amount)"
            + " SELECT p.tenant_id, nextval('atrium_id_seq'), p.id, i.id, i.gross_total"
            + " FROM payment p JOIN invoice i ON p.reference = 'demo-' || i.id");
  }

  public void payment(long tenantId, long invoiceId, String amount, LocalDate day) {
    tenancy.runAsTenant(tenantId, () -> self.payNow(invoiceId, amount, day));
  }

  /** The first column of a query's rows in the tenant's own transaction, as text. */
  public List<String> strings(long tenantId, String query) {
    return tenancy.runAsTenant(tenantId, () -> self.read(query));
  }

  @Transactional
  public List<String> read(String query) {
    return em.createNativeQuery(query).getResultList().stream()
        .map(row -> String.valueOf(row instanceof Object[] columns ? columns[0] : row))
        .toList();
  }

  @Transactional
  public Invoice issueNow(String company, String centre, String item, String price, LocalDate day) {
    Company buyer =
        em.createQuery("select c from Company c where c.name like :name", Company.class)
            .setParameter("name", company + "%")
            .getSingleResult();
    Centre seller =
        em.createQuery("select c from Centre c where c.code = :code", Centre.class)
            .setParameter("code", centre)
            .getSingleResult();
    CatalogueItem sold =
        em.createQuery("select i from CatalogueItem i where i.code = :code", CatalogueItem.class)
            .setParameter("code", item)
            .getSingleResult();
    Invoice invoice = drafts.draft(seller, buyer, null, Invoice.Kind.INVOICE, null);
    drafts.addLine(
        invoice,
        LineDraft.of(InvoiceLine.Source.MANUAL, sold, item, BigDecimal.ONE, new BigDecimal(price)));
    Invoice issued = issuing.issue(invoice, day, null, "Test");
    issued.getLines().size();
    return issued;
  }

  @Transactional
  public Invoice creditNow(long invoiceId, LocalDate day) {
    Invoice original = em.find(Invoice.class, invoiceId);
    Invoice credit =
        drafts.draft(
            original.getCentre(),
            original.getCompany(),
            original.getMember(),
            Invoice.Kind.CREDIT_NOTE,
            null);
    credit.setCorrectsId(original.getId());
    for (InvoiceLine line : List.copyOf(original.getLines())) {
      drafts.addLine(
          credit,
          LineDraft.of(
                  InvoiceLine.Source.CORRECTION,
                  line.getItem(),
                  line.getDescription(),
                  line.getQuantity(),
                  line.getUnitPrice())
              .withDiscount(line.getDiscountPercent()));
    }
    Invoice issued = issuing.issue(credit, day, null, "Test");
    issued.getLines().size();
    return issued;
  }

  @Transactional
  public void payNow(long invoiceId, String amount, LocalDate day) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    long tenantId = tenancy.currentTenantId().orElseThrow();
    long payment =
        ((Number) em.createNativeQuery("SELECT nextval('atrium_id_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO payment (tenant_id, id, centre_id, company_id, member_id, method, amount,"
                + " currency, received_on, reference, recorded_by) VALUES (?1, ?2, ?3, CAST(?4 AS bigint), CAST(?5 AS bigint),"
                + " 'TRANSFER', ?6, ?7, ?8, ?9, 'Test')")
        .setParameter(1, tenantId)
        .setParameter(2, payment)
        .setParameter(3, invoice.getCentre().getId())
        .setParameter(4, invoice.getCompany() == null ? null : invoice.getCompany().getId())
        .setParameter(5, invoice.getMember() == null ? null : invoice.getMember().getId())
        .setParameter(6, new BigDecimal(amount))
        .setParameter(7, invoice.getCurrency())
        .setParameter(8, day)
        .setParameter(9, "VIR-" + payment)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO payment_allocation (tenant_id, id, payment_id, invoice_id, amount)"
                + " VALUES (?1, nextval('atrium_id_seq'), ?2, ?3, ?4)")
        .setParameter(1, tenantId)
        .setParameter(2, payment)
        .setParameter(3, invoiceId)
        .setParameter(4, new BigDecimal(amount))
        .executeUpdate();
  }
}

package io.atrium.testing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.invoicing.documents.DocumentFactsReader;
import io.atrium.invoicing.documents.FacturX;
import io.atrium.invoicing.documents.GstEInvoice;
import io.atrium.invoicing.documents.InvoiceDocuments;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * In test deployments only: documents of every kind issued through the invoicing core in a tenant's
 * own transaction (what {@code InvoiceFixtures} does for one plain invoice), and their documents
 * made as the application makes them.
 */
@ApplicationScoped
public class IssuedDocuments {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject InvoiceDocuments documents;

  @Inject DocumentFactsReader facts;

  @Inject IssuedDocuments self;

  /** What to issue: the buyer, the centre (null: the buyer's home centre), the item. */
  public record Order(
      Predicate<Company> buyer, Predicate<Centre> centre, Predicate<CatalogueItem> item) {

    public static Order to(Predicate<Company> buyer) {
      return new Order(buyer, null, i -> i.getKind() == CatalogueItem.Kind.MAIN);
    }
  }

  /** A document of this kind, one line at {@code price} net; credit notes and correctives of it. */
  public long issue(
      long tenantId, Order order, Invoice.Kind kind, Long corrects, String price, LocalDate day) {
    return tenancy.runAsTenant(
        tenantId, () -> self.issueNow(order, kind, corrects, price, day, true));
  }

  /** The same, left a draft. */
  public long draft(long tenantId, Order order, String price) {
    return tenancy.runAsTenant(
        tenantId,
        () -> self.issueNow(order, Invoice.Kind.INVOICE, null, price, LocalDate.now(), false));
  }

  /** An issued invoice to an on-demand member (B2C), at the member's home centre. */
  public long issueToMember(long tenantId, String email, String price, LocalDate day) {
    return tenancy.runAsTenant(tenantId, () -> self.issueToMemberNow(email, price, day));
  }

  /**
   * The PDF as mail and archives get it ({@code InvoiceAttachments}), from an invoice read in an
   * earlier, finished transaction.
   */
  public byte[] attachment(long tenantId, Invoice issued) {
    return tenancy.runAsTenant(tenantId, () -> documents.pdf(issued));
  }

  public byte[] pdf(long tenantId, long id) {
    return tenancy.runAsTenant(tenantId, () -> self.pdfNow(id));
  }

  public byte[] facturX(long tenantId, long id) {
    return tenancy.runAsTenant(tenantId, () -> self.facturXNow(id));
  }

  public JsonObject eInvoice(long tenantId, long id) {
    return tenancy.runAsTenant(tenantId, () -> self.eInvoiceNow(id));
  }

  @Transactional
  public long issueNow(
      Order order, Invoice.Kind kind, Long corrects, String price, LocalDate day, boolean issue) {
    Company company =
        em
            .createQuery("select c from Company c order by c.id", Company.class)
            .getResultList()
            .stream()
            .filter(order.buyer())
            .findFirst()
            .orElseThrow();
    Centre centre =
        order.centre() == null
            ? company.getHomeCentre()
            : em
                .createQuery("select c from Centre c order by c.id", Centre.class)
                .getResultList()
                .stream()
                .filter(order.centre())
                .findFirst()
                .orElseThrow();
    Invoice invoice = drafts.draft(centre, company, null, kind, null);
    invoice.setCorrectsId(corrects);
    drafts.addLine(invoice, line(kind, centre, order.item(), price));
    if (!issue) {
      return invoice.getId();
    }
    return issuing.issue(invoice, day, null, "Test").getId();
  }

  @Transactional
  public long issueToMemberNow(String email, String price, LocalDate day) {
    Member member =
        em.createQuery("select m from Member m where m.email = :e", Member.class)
            .setParameter("e", email)
            .getSingleResult();
    Centre centre = member.getHomeCentre();
    Invoice invoice = drafts.draft(centre, null, member, Invoice.Kind.INVOICE, null);
    drafts.addLine(
        invoice,
        line(Invoice.Kind.INVOICE, centre, i -> i.getKind() == CatalogueItem.Kind.MAIN, price));
    return issuing.issue(invoice, day, null, "Test").getId();
  }

  private LineDraft line(
      Invoice.Kind kind, Centre centre, Predicate<CatalogueItem> wanted, String price) {
    BigDecimal amount = new BigDecimal(price);
    if (kind == Invoice.Kind.DEPOSIT) {
      boolean gst = centre.getGstin() != null;
      return new LineDraft(
          InvoiceLine.Source.DEPOSIT,
          null,
          "Security deposit",
          BigDecimal.ONE,
          "UNIT",
          amount,
          BigDecimal.ZERO,
          null,
          null,
          null,
          null,
          null,
          gst ? LineDraft.Tax.NOT_SUBJECT_GST : LineDraft.Tax.NOT_SUBJECT_VAT);
    }
    CatalogueItem item =
        em
            .createQuery("select i from CatalogueItem i order by i.id", CatalogueItem.class)
            .getResultList()
            .stream()
            .filter(i -> i.isOfferedIn(centre.getId()))
            .filter(wanted)
            .findFirst()
            .orElseThrow();
    InvoiceLine.Source source =
        kind == Invoice.Kind.CREDIT_NOTE
            ? InvoiceLine.Source.CORRECTION
            : InvoiceLine.Source.MANUAL;
    return LineDraft.of(source, item, item.getNameEn(), BigDecimal.ONE, amount)
        .withPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null);
  }

  @Transactional
  public byte[] pdfNow(long id) {
    return documents.pdf(em.find(Invoice.class, id));
  }

  @Transactional
  public byte[] facturXNow(long id) {
    return FacturX.of(facts.of(em.find(Invoice.class, id)));
  }

  @Transactional
  public JsonObject eInvoiceNow(long id) {
    return GstEInvoice.of(facts.of(em.find(Invoice.class, id)));
  }
}

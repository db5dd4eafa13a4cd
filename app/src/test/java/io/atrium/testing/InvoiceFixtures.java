package io.atrium.testing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * In test deployments only: issues invoices through the invoicing core in a tenant's own
 * transaction, for tests that need issued documents (in the demo tenants, whose companies and
 * catalogue carry every mandatory fact).
 */
@ApplicationScoped
public class InvoiceFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject InvoiceFixtures self;

  /**
   * An issued invoice of one line (a main service of the buyer's home centre at {@code price}, net)
   * to the first company the filter accepts, dated {@code day}.
   */
  public Invoice issue(long tenantId, Predicate<Company> buyer, String price, LocalDate day) {
    return tenancy.runAsTenant(tenantId, () -> self.issueNow(buyer, price, day));
  }

  /** Runs one statement in the tenant's own transaction; returns the rows it changed. */
  public int sql(long tenantId, String statement) {
    return tenancy.runAsTenant(tenantId, () -> self.update(statement));
  }

  @Transactional
  public int update(String statement) {
    return em.createNativeQuery(statement).executeUpdate();
  }

  /** The rows of one query in the tenant's own transaction, each as its columns' text. */
  public List<List<String>> rows(long tenantId, String query) {
    return tenancy.runAsTenant(tenantId, () -> self.read(query));
  }

  @Transactional
  public List<List<String>> read(String query) {
    List<List<String>> rows = new ArrayList<>();
    for (Object row : em.createNativeQuery(query).getResultList()) {
      Object[] columns = row instanceof Object[] many ? many : new Object[] {row};
      rows.add(Arrays.stream(columns).map(String::valueOf).toList());
    }
    return rows;
  }

  @Transactional
  public Invoice issueNow(Predicate<Company> buyer, String price, LocalDate day) {
    Company company = firstCompany(buyer);
    Invoice invoice =
        drafts.draft(company.getHomeCentre(), company, null, Invoice.Kind.INVOICE, null);
    drafts.addLine(invoice, line(company.getHomeCentre(), price));
    Invoice issued = issuing.issue(invoice, day, null, "Test");
    issued.getLines().size();
    return issued;
  }

  /**
   * Issues set-based ({@link InvoiceIssuing#issueNew}), in {@code boundTenant}'s transaction, an
   * invoice made of {@code owner}'s rows (its first company the filter accepts, that company's home
   * centre, a main item offered there): what forged ids in a billing run would write.
   */
  public void issueNewWithRowsOf(
      long boundTenant, long owner, Predicate<Company> buyer, LocalDate day) {
    Invoice foreign = tenancy.runAsTenant(owner, () -> self.unsavedNow(buyer, "100"));
    tenancy.runAsTenant(boundTenant, () -> self.issueNewNow(List.of(foreign), day));
  }

  @Transactional
  public Invoice unsavedNow(Predicate<Company> buyer, String price) {
    Company company = firstCompany(buyer);
    Invoice invoice =
        new Invoice(company.getHomeCentre(), Invoice.Kind.INVOICE, "fr", null, Instant.now());
    invoice.setCompany(company);
    drafts.addLine(invoice, line(company.getHomeCentre(), price));
    return invoice;
  }

  @Transactional
  public List<Invoice> issueNewNow(List<Invoice> unsaved, LocalDate day) {
    return issuing.issueNew(unsaved, day, null, "Test");
  }

  private Company firstCompany(Predicate<Company> buyer) {
    return em
        .createQuery("select c from Company c order by c.id", Company.class)
        .getResultList()
        .stream()
        .filter(buyer)
        .findFirst()
        .orElseThrow();
  }

  /** One main service offered at the centre, at {@code price} net. */
  private LineDraft line(Centre centre, String price) {
    CatalogueItem item =
        em
            .createQuery(
                "select i from CatalogueItem i where i.kind = :kind order by i.id",
                CatalogueItem.class)
            .setParameter("kind", CatalogueItem.Kind.MAIN)
            .getResultList()
            .stream()
            .filter(i -> i.isOfferedIn(centre.getId()))
            .findFirst()
            .orElseThrow();
    return LineDraft.of(
        InvoiceLine.Source.MANUAL, item, "Office", BigDecimal.ONE, new BigDecimal(price));
  }
}

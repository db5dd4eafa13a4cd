package io.atrium.testing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceDrafts;
import io.atrium.invoicing.InvoiceIssuing;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.LineDraft;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * In test deployments only: what the payments tests need beyond {@link InvoiceFixtures}, a B2C
 * invoice to an on-demand member (the fixture issues to companies), and acting as someone.
 */
@ApplicationScoped
public class PaymentFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject TestTenants tenants;

  @Inject HttpServletRequest request;

  @Inject PaymentFixtures self;

  @Inject io.atrium.platform.TenantImport tenantImport;

  /**
   * A copy of a demo operator under a slug the test names (made on first use, kept afterwards), for
   * a browser test whose client side must know the workspace and find the demo's companies there.
   */
  public long demoCopy(String demo, String slug) {
    String resource = "tenants/" + demo + "/tenant.yaml";
    try (java.io.InputStream in =
        PaymentFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      String text =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("slug: " + demo, "slug: " + slug);
      tenantImport.importIfAbsent(
          io.atrium.tenancy.manifest.ManifestReader.read(resource, new java.io.StringReader(text)));
      return tenants.idOf(slug);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs work in the tenant as the staff member or member with this e-mail (signed in). */
  public <T> T as(String slug, String email, boolean staff, Supplier<T> work) {
    AtriumPrincipal principal =
        staff ? tenants.staffPrincipal(slug, email) : tenants.memberPrincipal(slug, email);
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, principal);
    try {
      return tenancy.runAsTenant(principal.tenantId(), work);
    } finally {
      request.removeAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE);
    }
  }

  /** An issued B2C invoice of one line to the on-demand member with this e-mail. */
  public Invoice issueB2c(long tenantId, String email, String price, LocalDate day) {
    return tenancy.runAsTenant(tenantId, () -> self.issueB2cNow(email, price, day));
  }

  @Transactional
  public Invoice issueB2cNow(String email, String price, LocalDate day) {
    Member member =
        em.createQuery("select m from Member m where m.email = :email", Member.class)
            .setParameter("email", email)
            .getSingleResult();
    CatalogueItem item =
        em
            .createQuery("select i from CatalogueItem i order by i.id", CatalogueItem.class)
            .getResultList()
            .stream()
            .filter(i -> i.isOfferedIn(member.getHomeCentre().getId()))
            .findFirst()
            .orElseThrow();
    Invoice invoice =
        drafts.draft(member.getHomeCentre(), null, member, Invoice.Kind.INVOICE, null);
    drafts.addLine(
        invoice,
        LineDraft.of(
            InvoiceLine.Source.MANUAL, item, "Day pass", BigDecimal.ONE, new BigDecimal(price)));
    return issuing.issue(invoice, day, null, "Test");
  }
}

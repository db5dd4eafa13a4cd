package io.atrium.payments;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * Which invoices a member may pay from the client space: their company's, with the
 * company-documents right; an on-demand member their own. Any other invoice is not found.
 */
@ApplicationScoped
class PayerAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** The signed-in member, active. */
  AtriumPrincipal member() {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (!principal.member() || !caller.rights().active()) {
      throw new ForbiddenException();
    }
    return principal;
  }

  /** An issued invoice the calling member may pay, locked. */
  Invoice payable(long invoiceId) {
    AtriumPrincipal principal = member();
    Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || !invoice.isIssued() || !mayPay(principal, invoice)) {
      throw new NotFoundException();
    }
    return invoice;
  }

  /**
   * The issued invoices the calling member may pay, oldest first: their company's (with the
   * company-documents right) or, for an on-demand member, their own.
   */
  List<Invoice> payableInvoices() {
    AtriumPrincipal principal = member();
    Long company = caller.rights().companyId();
    if (company != null && !caller.may(ClientRight.COMPANY_DOCUMENTS)) {
      throw new ForbiddenException();
    }
    // Native: the invoices are invoicing's rows; payments reads only their ids here.
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM invoice WHERE status = 'ISSUED' AND kind <> 'CREDIT_NOTE' AND "
                    + (company != null
                        ? "company_id = ?1"
                        : "member_id = ?1 AND company_id IS NULL")
                    + " ORDER BY issue_date, id")
            .setParameter(1, company != null ? company : principal.personId())
            .getResultList();
    return ids.stream().map(id -> em.find(Invoice.class, ((Number) id).longValue())).toList();
  }

  boolean mayPay(AtriumPrincipal principal, Invoice invoice) {
    Long company = caller.rights().companyId();
    if (company != null) {
      return invoice.getCompany() != null
          && Objects.equals(invoice.getCompany().getId(), company)
          && caller.may(ClientRight.COMPANY_DOCUMENTS);
    }
    return invoice.getCompany() == null
        && invoice.getMember() != null
        && invoice.getMember().getId() == principal.personId();
  }
}

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

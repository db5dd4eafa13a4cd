package io.atrium.invoicing.documents;

import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may download a document: staff with invoices:read in its centre; a member of the buyer
 * company whose company role grants company documents; the on-demand member it was issued to.
 * Members never see drafts. Any other id is "not found", like another tenant's.
 */
@ApplicationScoped
class InvoiceDocumentAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** The issued document the caller may read; a draft is refused to staff (409). */
  Invoice readable(long id) {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (principal.staff()) {
      caller.require(Area.INVOICES, Action.READ);
    }
    Invoice invoice = em.find(Invoice.class, id);
    if (invoice == null) {
      throw new NotFoundException();
    }
    if (principal.staff()) {
      if (!caller.centres().allows(invoice.getCentre().getId())) {
        throw new NotFoundException();
      }
      if (!invoice.isIssued()) {
        throw new DocumentRefusedException("draft");
      }
      return invoice;
    }
    if (!invoice.isIssued() || !memberMaySee(principal, invoice)) {
      throw new NotFoundException();
    }
    return invoice;
  }

  private boolean memberMaySee(AtriumPrincipal principal, Invoice invoice) {
    Member member = em.find(Member.class, principal.personId());
    if (member == null || !principal.member() || !caller.rights().active()) {
      return false;
    }
    if (member.getCompany() != null) {
      return caller.may(ClientRight.COMPANY_DOCUMENTS)
          && invoice.getCompany() != null
          && invoice.getCompany().getId().equals(member.getCompany().getId());
    }
    return invoice.getMember() != null && invoice.getMember().getId().equals(member.getId());
  }
}

package io.atrium.invoicing;

import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Who reaches which document: staff with invoices rights in its centre; a member the issued
 * documents of their company when their company role grants company documents, an on-demand member
 * their own. Any other document is "not found", like another tenant's.
 */
@ApplicationScoped
public class InvoiceAccess {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** Whose documents a member reads: a company, or an on-demand member alone. */
  public record Payer(Long companyId, Long memberId) {}

  public Optional<Invoice> readable(long id) {
    if (!caller.isMember()) {
      caller.require(Area.INVOICES, Action.READ);
    }
    return Optional.ofNullable(em.find(Invoice.class, id)).filter(this::mayRead);
  }

  boolean mayRead(Invoice invoice) {
    if (!caller.isMember()) {
      return caller.centres().allows(invoice.getCentre().getId());
    }
    Payer payer;
    try {
      payer = payer();
    } catch (ForbiddenException noRight) {
      return false; // one document is "not found", as for anyone who may not read it
    }
    return invoice.isIssued()
        && (payer.companyId() != null
            ? invoice.getCompany() != null && payer.companyId().equals(invoice.getCompany().getId())
            : invoice.getMember() != null
                && Objects.equals(payer.memberId(), invoice.getMember().getId()));
  }

  /**
   * The calling member's payer: their company when its role grants company documents, themselves
   * when on demand; refused for a company member without that right.
   */
  public Payer payer() {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    Member member = em.find(Member.class, principal.personId());
    if (member == null) {
      throw new NotFoundException();
    }
    if (member.getCompany() == null) {
      return new Payer(null, member.getId());
    }
    if (!caller.may(ClientRight.COMPANY_DOCUMENTS)) {
      throw new ForbiddenException();
    }
    return new Payer(member.getCompany().getId(), null);
  }

  /** A document of the staff caller's centres, locked, for a command needing invoices:action. */
  public Invoice managed(long id, Action action) {
    caller.require(Area.INVOICES, action);
    Invoice invoice = em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || !caller.centres().allows(invoice.getCentre().getId())) {
      throw new NotFoundException();
    }
    return invoice;
  }

  /** A draft the staff caller may change, locked; an issued document is refused. */
  public Invoice draft(long id, Action action) {
    Invoice invoice = managed(id, action);
    if (invoice.isIssued()) {
      throw new InvoiceStateException("issued", invoice.getNumber());
    }
    return invoice;
  }
}

package io.atrium.invoicing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoices and credit notes (Finance → Factures): the list with its filters and payment states, a
 * document with its lines, and the manual invoice: a draft for a company or member at a centre,
 * deleted or issued. Staff need invoices:read, :create (draft and issue) and :delete (a draft);
 * members read their issued documents ({@link InvoiceAccess}). Every write is audited.
 */
@ApplicationScoped
public class Invoices {

  public static final String AUDIT = "Invoice";

  /** A listed document with what is paid and due on it. */
  public record Listed(Invoice invoice, InvoiceBalance.Balance balance)
      implements java.io.Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InvoiceAccess access;

  @Inject InvoiceListing listing;

  @Inject InvoiceBalance balances;

  @Inject InvoiceDrafts drafts;

  @Inject InvoiceIssuing issuing;

  @Inject AuditTrail audit;

  @Inject InvoiceMail mail;

  Clock clock = Clock.systemUTC();

  @Transactional
  public List<Listed> list(InvoiceSearch search, int first, int max) {
    List<Invoice> found = listing.page(search, Math.max(first, 0), Math.max(max, 1));
    var figures = balances.dueOf(found.stream().map(Invoice::getId).toList());
    return found.stream().map(i -> new Listed(i, figures.get(i.getId()))).toList();
  }

  @Transactional
  public long count(InvoiceSearch search) {
    return listing.count(search);
  }

  /**
   * @throws NotFoundException unless the caller may read the document
   */
  @Transactional
  public Listed get(long id) {
    Invoice invoice = access.readable(id).orElseThrow(NotFoundException::new);
    invoice.getLines().size();
    return new Listed(invoice, balances.of(invoice));
  }

  /** Whether the calling member is on demand, with no company (their documents are their own). */
  @Transactional
  public boolean memberWithoutCompany() {
    Member member = caller.principal().map(p -> em.find(Member.class, p.personId())).orElse(null);
    return caller.isMember() && member != null && member.getCompany() == null;
  }

  /** A new, empty manual invoice for a company or a member, at one of the caller's centres. */
  @Transactional
  public Invoice createDraft(Long centreId, Long companyId, Long memberId) {
    AtriumPrincipal actor = caller.require(Area.INVOICES, Action.CREATE);
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = centreId == null ? null : em.find(Centre.class, centreId);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      errors.put("centreId", "invoice.centre.unknown");
    }
    Company company = companyId == null ? null : em.find(Company.class, companyId);
    Member member = memberId == null ? null : em.find(Member.class, memberId);
    if ((companyId == null) == (memberId == null)) {
      errors.put("companyId", "invoice.buyer.one");
    } else if (companyId != null
        && (company == null || !caller.centres().allows(company.getHomeCentre().getId()))) {
      errors.put("companyId", "invoice.company.unknown");
    } else if (memberId != null
        && (member == null || !caller.centres().allows(member.getHomeCentre().getId()))) {
      errors.put("memberId", "invoice.member.unknown");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    Invoice invoice = drafts.draft(centre, company, member, Invoice.Kind.INVOICE, actor.personId());
    em.flush();
    audit.record(
        AUDIT,
        invoice.getId(),
        "CREATE",
        centre.getId(),
        Changes.of()
            .field("kind", null, invoice.getKind())
            .field("buyer", null, company != null ? company.getName() : member.getFullName()));
    return invoice;
  }

  /** Deletes a draft (a billing run's too); issued documents are kept for ever. */
  @Transactional
  public void deleteDraft(long id) {
    Invoice invoice = access.draft(id, Action.DELETE);
    Long centreId = invoice.getCentre().getId();
    em.remove(invoice);
    em.flush();
    audit.record(
        AUDIT, id, "DELETE", centreId, Changes.of().field("kind", invoice.getKind(), null));
  }

  /**
   * Issues a draft dated {@code day} (today on the centre's calendar when null): it gets its number
   * and can no longer change.
   */
  @Transactional
  public Invoice issue(long id, LocalDate day) {
    AtriumPrincipal actor = caller.require(Area.INVOICES, Action.CREATE);
    Invoice invoice = access.draft(id, Action.CREATE);
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCentre().zone()));
    LocalDate date = day == null ? today : day;
    if (date.isAfter(today)) {
      throw InvalidFieldsException.of("issueDate", "invoice.issueDate.future");
    }
    return issued(invoice, date, actor);
  }

  /** Sends an issued document to its buyer again (invoices:create); false when it has no e-mail. */
  @Transactional
  public boolean sendAgain(long id) {
    Invoice invoice = access.managed(id, Action.CREATE);
    if (!invoice.isIssued()) {
      throw new InvoiceStateException("not-issued");
    }
    var sentTo = mail.send(invoice);
    sentTo.ifPresent(
        to ->
            audit.record(
                AUDIT,
                invoice.getId(),
                "SEND",
                invoice.getCentre().getId(),
                Changes.of().field("to", null, to)));
    return sentTo.isPresent();
  }

  /** Issues a draft the caller has already been checked for, and records it. */
  Invoice issued(Invoice invoice, LocalDate day, AtriumPrincipal actor) {
    return issued(invoice, day, actor.personId(), actor.fullName());
  }

  /** Issues and audits a document; actorId is null when no staff member issues it. */
  Invoice issued(Invoice invoice, LocalDate day, Long actorId, String actorName) {
    issuing.issue(invoice, day, actorId, actorName);
    audit.record(
        AUDIT,
        invoice.getId(),
        "ISSUE",
        invoice.getCentre().getId(),
        Changes.of()
            .field("number", null, invoice.getNumber())
            .field("issueDate", null, invoice.getIssueDate())
            .field("total", null, invoice.getGrossTotal() + " " + invoice.getCurrency()));
    return invoice;
  }
}

package io.atrium.contracts;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contracts of the caller's centres (Finance → Contracts): staff read them with contracts:read,
 * make drafts with contracts:create and change drafts with contracts:edit. Every line is priced by
 * the pricing service and kept as priced; a discount above the author's ceiling waits for approval.
 * The life cycle is {@link ContractLifecycle}'s.
 */
@ApplicationScoped
public class Contracts {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject ContractAccess access;

  @Inject ContractRules rules;

  @Inject ContractPricer pricer;

  @Inject ContractReferences references;

  @Inject ContractApproval approval;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** The caller's centres' contracts as searched, newest first. */
  @Transactional
  public List<Contract> list(ContractSearch search, int first, int max) {
    List<Contract> found =
        query("select c", search, " order by c.createdAt desc, c.id desc", Contract.class)
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.max(max, 1))
            .getResultList();
    // Read while the tenant is bound: the rows show each contract's monthly amount.
    found.forEach(c -> c.getLines().size());
    return found;
  }

  @Transactional
  public long count(ContractSearch search) {
    return query("select count(c)", search, "", Long.class).getSingleResult();
  }

  /**
   * A contract with its lines.
   *
   * @throws NotFoundException for another tenant's contract or one outside the caller's centres
   */
  @Transactional
  public Contract get(long id) {
    Contract contract = access.readable(id);
    contract.getLines().size();
    return contract;
  }

  /** The breakdown each line of the draft would be priced with; nothing is written. */
  @Transactional
  public List<PricedLine> preview(ContractDraft draft) {
    caller.require(Area.CONTRACTS, Action.READ);
    ContractRules.Parties parties = rules.check(draft, null);
    return pricer.price(parties.centre(), parties.company(), draft);
  }

  /** A new draft with its priced lines; above the author's ceiling it waits for approval. */
  @Transactional
  public Contract create(ContractDraft draft) {
    AtriumPrincipal author = caller.require(Area.CONTRACTS, Action.CREATE);
    ContractRules.Parties parties = rules.check(draft, null);
    List<PricedLine> lines = pricer.price(parties.centre(), parties.company(), draft);
    Centre centre = parties.centre();
    Contract contract =
        new Contract(
            references.next(LocalDate.now(centre.zone())),
            centre,
            author.personId(),
            clock.instant());
    write(contract, draft, parties, lines);
    em.persist(contract);
    em.flush();
    approval.ask(contract, author.personId());
    audit.record(
        "Contract", contract.getId(), "CREATE", centre.getId(), ContractSnapshot.created(contract));
    return contract;
  }

  /** Replaces a draft's terms and lines; its centre stays. Only a draft can be changed. */
  @Transactional
  public Contract update(long id, ContractDraft draft) {
    AtriumPrincipal author = caller.require(Area.CONTRACTS, Action.EDIT);
    Contract contract = access.managed(id, Action.EDIT);
    if (contract.getStatus() != Contract.Status.DRAFT) {
      throw new ContractStateException("not-draft");
    }
    if (contract.getApproval() == Contract.Approval.PENDING) {
      throw new ContractStateException("pending-approval");
    }
    draft.setCentreId(contract.getCentre().getId());
    ContractRules.Parties parties = rules.check(draft, contract);
    List<PricedLine> lines = pricer.price(parties.centre(), parties.company(), draft);
    Map<String, Object> before = ContractSnapshot.of(contract);
    contract.getLines().clear();
    em.flush();
    write(contract, draft, parties, lines);
    em.flush();
    approval.ask(contract, author.personId());
    audit.record(
        "Contract",
        contract.getId(),
        "UPDATE",
        contract.getCentre().getId(),
        Changes.between(before, ContractSnapshot.of(contract)));
    return contract;
  }

  /** The name of a contract's client, company or member. */
  public static String clientName(Contract contract) {
    return contract.getCompany() != null
        ? contract.getCompany().getName()
        : contract.getMember().getFullName();
  }

  private static void write(
      Contract contract,
      ContractDraft draft,
      ContractRules.Parties parties,
      List<PricedLine> lines) {
    contract.setCompany(parties.company());
    contract.setMember(parties.member());
    contract.setStartDate(draft.getStartDate());
    contract.setEndDate(draft.getEndDate());
    contract.setCommitmentMonths(draft.getCommitmentMonths());
    contract.setNoticeMonths(draft.getNoticeMonths());
    contract.setBillingTiming(draft.getBillingTiming());
    contract.setBillingDay(draft.getBillingDay());
    contract.setDepositAmount(
        draft.getDepositAmount() == null ? BigDecimal.ZERO : draft.getDepositAmount());
    contract.setPaymentMethod(draft.getPaymentMethod());
    String notes = draft.getNotes() == null ? null : draft.getNotes().strip();
    contract.setNotes(notes == null || notes.isEmpty() ? null : notes);
    int position = 1;
    for (PricedLine priced : lines) {
      ContractLine line = new ContractLine(contract, position++, priced.kind(), priced.item());
      line.setSpace(priced.space());
      line.setDescription(priced.description());
      line.setQuantity(priced.quantity());
      line.setUnitPrice(priced.unitPrice());
      line.setDiscountPercent(priced.discountPercent());
      contract.getLines().add(line);
    }
  }

  private <T> TypedQuery<T> query(
      String select, ContractSearch search, String order, Class<T> type) {
    caller.require(Area.CONTRACTS, Action.READ);
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(" where " + Where.inCentres("c.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      where.append(" and c.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.status() != null) {
      where.append(" and c.status = :status");
      parameters.put("status", search.status());
    }
    if (search.companyId() != null) {
      where.append(" and c.company.id = :company");
      parameters.put("company", search.companyId());
    }
    if (search.memberId() != null) {
      where.append(" and c.member.id = :member");
      parameters.put("member", search.memberId());
    }
    TypedQuery<T> query = em.createQuery(select + " from Contract c" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}

package io.atrium.contracts;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contract's life cycle (see the package's rules), each step for staff of its centre, audited:
 * send (contracts:edit), record the signature (contracts:edit; holds the spaces and issues the
 * first invoices), give notice and end (contracts:edit), cancel a draft or sent one with a reason
 * (contracts:delete). A step the state does not allow is refused (409).
 */
@ApplicationScoped
public class ContractLifecycle {

  static final int NAME_MAX = 120;
  static final int REASON_MAX = 500;
  private static final Set<Contract.Status> RUNNING =
      EnumSet.of(Contract.Status.ACTIVE, Contract.Status.NOTICE_GIVEN);

  @Inject Caller caller;

  @Inject ContractAccess access;

  @Inject ContractSigning signing;

  @Inject ContractTerms terms;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Contract send(long id) {
    Contract contract = access.managed(id, Action.EDIT);
    require(contract, EnumSet.of(Contract.Status.DRAFT), "send");
    approved(contract);
    if (contract.getLines().isEmpty()) {
      throw new ContractStateException("no-lines");
    }
    contract.setStatus(Contract.Status.SENT);
    contract.setSentAt(clock.instant());
    record(contract, "SEND", Changes.of().field("status", Contract.Status.DRAFT, "SENT"));
    return contract;
  }

  /** Records the signature; the answer lists the invoices it issued, deposit first. */
  @Transactional
  public List<Invoice> sign(long id, Signature signature) {
    AtriumPrincipal staff = caller.require(Area.CONTRACTS, Action.EDIT);
    Contract contract = access.managed(id, Action.EDIT);
    Contract.Status before = contract.getStatus();
    require(contract, EnumSet.of(Contract.Status.DRAFT, Contract.Status.SENT), "sign");
    approved(contract);
    check(signature);
    List<Invoice> issued =
        signing.sign(contract, signature, staff.personId(), staff.fullName(), clock.instant());
    record(
        contract,
        "SIGN",
        Changes.of()
            .field("status", before, contract.getStatus())
            .field("signatory", null, signature.signatoryName())
            .field("method", null, signature.method())
            .field("signedAt", null, signature.signedAt())
            .field("invoices", null, issued.stream().map(Invoice::getNumber).toList().toString()));
    return issued;
  }

  /** Notice given on {@code day}: the contract ends at the later of commitment and notice. */
  @Transactional
  public Contract notice(long id, LocalDate day) {
    Contract contract = access.managed(id, Action.EDIT);
    require(contract, EnumSet.of(Contract.Status.ACTIVE), "notice");
    if (day == null || day.isBefore(contract.getStartDate())) {
      throw InvalidFieldsException.of("noticeDate", "contract.noticeDate.invalid");
    }
    LocalDate endBefore = contract.getEndDate();
    terms.giveNotice(contract, day);
    record(
        contract,
        "NOTICE",
        Changes.of()
            .field("status", Contract.Status.ACTIVE, contract.getStatus())
            .field("noticeGivenOn", null, day)
            .field("endDate", endBefore, contract.getEndDate()));
    return contract;
  }

  /** Ends a running contract today. */
  @Transactional
  public Contract end(long id) {
    Contract contract = access.managed(id, Action.EDIT);
    Contract.Status before = contract.getStatus();
    require(contract, RUNNING, "end");
    terms.end(contract, LocalDate.now(clock.withZone(contract.getCentre().zone())));
    record(
        contract,
        "END",
        Changes.of()
            .field("status", before, contract.getStatus())
            .field("endedOn", null, contract.getEndedOn()));
    return contract;
  }

  @Transactional
  public Contract cancel(long id, String reason) {
    Contract contract = access.managed(id, Action.DELETE);
    Contract.Status before = contract.getStatus();
    require(contract, EnumSet.of(Contract.Status.DRAFT, Contract.Status.SENT), "cancel");
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidFieldsException.of("reason", "contract.reason.required");
    }
    if (why.codePointCount(0, why.length()) > REASON_MAX || !TextValidator.clean(why, true)) {
      throw InvalidFieldsException.of("reason", "contract.reason.invalid");
    }
    terms.cancel(contract, why, clock.instant());
    record(
        contract,
        "CANCEL",
        Changes.of().field("status", before, contract.getStatus()).field("reason", null, why));
    return contract;
  }

  private void check(Signature signature) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = signature == null ? null : signature.signatoryName();
    if (name == null || name.isBlank()) {
      errors.put("signatoryName", "contract.signatory.required");
    } else if (name.length() > NAME_MAX || !TextValidator.clean(name, false)) {
      errors.put("signatoryName", "contract.signatory.invalid");
    }
    if (signature == null || signature.method() == null) {
      errors.put("signatureMethod", "contract.signatureMethod.required");
    }
    if (signature == null || signature.signedAt() == null) {
      errors.put("signedAt", "contract.signedAt.required");
    } else if (signature.signedAt().isAfter(clock.instant().plusSeconds(300))) {
      errors.put("signedAt", "contract.signedAt.future");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static void require(Contract contract, Set<Contract.Status> from, String step) {
    if (!from.contains(contract.getStatus())) {
      throw new ContractStateException("illegal-" + step, contract.getStatus().name());
    }
  }

  private static void approved(Contract contract) {
    if (contract.getApproval() == Contract.Approval.PENDING) {
      throw new ContractStateException("pending-approval");
    }
    if (contract.getApproval() == Contract.Approval.REJECTED) {
      throw new ContractStateException("rejected");
    }
  }

  private void record(Contract contract, String action, Changes changes) {
    audit.record("Contract", contract.getId(), action, contract.getCentre().getId(), changes);
  }
}

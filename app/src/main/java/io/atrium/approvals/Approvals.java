package io.atrium.approvals;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.TextValidator;
import io.atrium.shared.web.TodayChanged;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Discount approval for any kind of document (see the package's rules): a discount within the
 * requester's ceiling passes at once; above it a request waits for an approver of the centre, who
 * approves it or rejects it with a reason. The document's capability hears the decision through
 * {@link ApprovalDecided}, in the decision's transaction.
 */
@ApplicationScoped
public class Approvals {

  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{1,19}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final int REASON_MAX = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject Approvers approvers;

  @Inject ApprovalMessages messages;

  @Inject AuditTrail audit;

  @Inject Event<ApprovalDecided> decided;

  @Inject Event<TodayChanged> today;

  Clock clock = Clock.systemUTC();

  /**
   * Asks for the discount on the document, in the document's transaction: empty when it is within
   * the requester's ceiling (the document is confirmed at once), else the pending request, of which
   * every approver of the centre but the requester is told.
   *
   * @throws InvalidFieldsException ({@code discountPercent}) for a percentage outside 0 to 100
   * @throws ApprovalStateException when a request for this document is pending already
   */
  @Transactional
  public Optional<ApprovalRequest> submit(
      ApprovalDocument document, BigDecimal requestedPercent, StaffMember requester) {
    if (!KIND.matcher(document.kind()).matches()) {
      throw new IllegalArgumentException("Not a document kind: " + document.kind());
    }
    if (requestedPercent == null
        || requestedPercent.signum() < 0
        || requestedPercent.compareTo(HUNDRED) > 0) {
      throw InvalidFieldsException.of("discountPercent", "approval.percent.invalid");
    }
    BigDecimal ceiling = requester.discountCeiling();
    if (requestedPercent.compareTo(ceiling) <= 0) {
      return Optional.empty();
    }
    if (pendingFor(document.kind(), document.id())) {
      throw new ApprovalStateException("approval.error.pending");
    }
    ApprovalRequest request =
        new ApprovalRequest(
            document.kind(),
            document.id(),
            document.centre(),
            requestedPercent,
            ceiling,
            requester.getId(),
            requester.getFullName(),
            clock.instant());
    request.setSummary(oneLine(document.summary(), 300));
    request.describe(document.amount(), document.currency(), document.page());
    em.persist(request);
    audit.record(
        "ApprovalRequest",
        request.getId(),
        "SUBMIT",
        document.centre().getId(),
        Changes.of()
            .field("document", null, document.kind() + " " + document.id())
            .field("requestedPercent", null, requestedPercent)
            .field("ceilingPercent", null, ceiling)
            .field("state", null, request.getState()));
    messages.requested(request, approvers.of(document.centre(), requester.getId()));
    today.fire(new TodayChanged(tenantId()));
    return Optional.of(request);
  }

  /**
   * An approver's answer. The request's row is locked first, so of two approvers deciding at once
   * the second finds it decided.
   *
   * @throws NotFoundException for a request of another tenant or outside the caller's centres
   * @throws ApprovalStateException 409 when it is no longer pending; 403 for one's own request
   * @throws InvalidFieldsException ({@code reason}) for a rejection without a reason
   */
  @Transactional
  public ApprovalRequest decide(long requestId, Decision decision, String reason) {
    AtriumPrincipal approver = caller.require(Area.PRICING, Action.APPROVE);
    ApprovalRequest request =
        em.find(ApprovalRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null || !caller.centres().allows(request.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (!request.isPending()) {
      throw new ApprovalStateException("approval.error.decided");
    }
    if (request.getRequestedById() == approver.personId()) {
      throw ApprovalStateException.ownRequest();
    }
    String why = reason(decision, reason);
    request.decide(
        decision.outcome(), why, approver.personId(), approver.fullName(), clock.instant());
    audit.record(
        "ApprovalRequest",
        request.getId(),
        decision.name(),
        request.getCentre().getId(),
        Changes.of()
            .field("state", ApprovalRequest.State.PENDING, request.getState())
            .field("reason", null, why));
    decided.fire(
        new ApprovalDecided(
            tenantId(),
            request.getId(),
            request.getDocumentKind(),
            request.getDocumentId(),
            request.getState(),
            why));
    StaffMember requester = em.find(StaffMember.class, request.getRequestedById());
    if (requester != null && requester.isActive()) {
      messages.decided(request, requester);
    }
    today.fire(new TodayChanged(tenantId()));
    return request;
  }

  /** The pending request of a document, if one waits. */
  @Transactional
  public Optional<ApprovalRequest> pending(String documentKind, long documentId) {
    return em.createQuery(
            "select a from ApprovalRequest a where a.documentKind = :kind"
                + " and a.documentId = :id and a.state = :pending",
            ApprovalRequest.class)
        .setParameter("kind", documentKind)
        .setParameter("id", documentId)
        .setParameter("pending", ApprovalRequest.State.PENDING)
        .getResultStream()
        .findFirst();
  }

  /** The latest request of a document (its decision and reason), for the document's page. */
  @Transactional
  public Optional<ApprovalRequest> latest(String documentKind, long documentId) {
    return em.createQuery(
            "select a from ApprovalRequest a where a.documentKind = :kind"
                + " and a.documentId = :id order by a.requestedAt desc, a.id desc",
            ApprovalRequest.class)
        .setParameter("kind", documentKind)
        .setParameter("id", documentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private boolean pendingFor(String kind, long id) {
    return pending(kind, id).isPresent();
  }

  private static String reason(Decision decision, String reason) {
    String why = reason == null ? null : reason.strip();
    if (why != null && why.isEmpty()) {
      why = null;
    }
    if (why != null
        && (why.codePointCount(0, why.length()) > REASON_MAX || !TextValidator.clean(why, true))) {
      throw InvalidFieldsException.of("reason", "approval.reason.invalid");
    }
    if (decision == Decision.REJECT && why == null) {
      throw InvalidFieldsException.of("reason", "approval.reason.required");
    }
    return why;
  }

  private static String oneLine(String text, int max) {
    String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}]+", " ").strip();
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  private long tenantId() {
    return tenancy.currentTenantId().orElseThrow();
  }
}

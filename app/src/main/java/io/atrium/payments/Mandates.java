package io.atrium.payments;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.payments.gateway.Gateways;
import io.atrium.payments.gateway.Iban;
import io.atrium.payments.gateway.PaymentGateway;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * "Associate a SEPA mandate" in the client space: the gateway sets the mandate up from the IBAN,
 * and only its reference and a label are kept. A company's mandate needs the company-documents
 * right; an on-demand member sets up their own.
 */
@ApplicationScoped
public class Mandates {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject PayerAccess access;

  @Inject Gateways gateways;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public PaymentMandate associate(String iban, String holder) {
    AtriumPrincipal principal = access.member();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!Iban.valid(iban)) {
      errors.put("iban", "payment.field.iban");
    }
    if (holder == null
        || holder.isBlank()
        || holder.length() > 70
        || !TextValidator.clean(holder, false)) {
      errors.put("holder", "payment.field.holder");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    Long companyId = caller.rights().companyId();
    Company company = companyId == null ? null : em.find(Company.class, companyId);
    Member member = company == null ? em.find(Member.class, principal.personId()) : null;
    if (company != null && !caller.may(ClientRight.COMPANY_DOCUMENTS)) {
      throw new ForbiddenException();
    }
    PaymentGateway gateway = gateways.current();
    PaymentGateway.Mandate mandate =
        gateway.createMandate(
            new PaymentGateway.MandateRequest(
                Iban.normal(iban), holder.strip(), Map.of("tenant", principal.tenantSlug())),
            UUID.randomUUID().toString());
    PaymentMandate saved =
        new PaymentMandate(
            company, member, gateway.name(), mandate.ref(), mandate.label(), clock.instant());
    em.persist(saved);
    em.flush();
    Long centre =
        company != null ? company.getHomeCentre().getId() : member.getHomeCentre().getId();
    audit.record(
        "PaymentMandate",
        saved.getId(),
        "CREATE",
        centre,
        Changes.of().field("label", null, mandate.label()).field("gateway", null, gateway.name()));
    return saved;
  }
}

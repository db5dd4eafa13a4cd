package io.atrium.contracts;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.TextValidator;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a draft's header and finds its centre and client. An id the caller cannot see (another
 * tenant's, or a centre outside theirs) is not found; what is wrong with a visible value is named
 * field by field, all at once.
 */
@ApplicationScoped
class ContractRules {

  static final Set<Integer> COMMITMENTS = Set.of(0, 3, 6, 12, 24, 36);
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
  static final int NOTES_MAX = 2000;
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** The centre, company and member a draft names, checked. */
  record Parties(Centre centre, Company company, Member member) {}

  Parties check(ContractDraft draft, Contract existing) {
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = existing != null ? existing.getCentre() : centre(draft.getCentreId(), errors);
    Company company = null;
    Member member = null;
    if ((draft.getCompanyId() == null) == (draft.getMemberId() == null)) {
      errors.put("client", "contract.client.required");
    } else if (draft.getCompanyId() != null) {
      company = em.find(Company.class, draft.getCompanyId());
      if (company == null || !seen(company.getHomeCentre())) {
        throw new NotFoundException();
      }
      if (company.getStatus() != Company.Status.ACTIVE) {
        errors.put("client", "contract.client.archived");
      }
    } else {
      member = em.find(Member.class, draft.getMemberId());
      if (member == null || !seen(member.getHomeCentre())) {
        throw new NotFoundException();
      }
      if (member.getCompany() != null) {
        errors.put("client", "contract.client.notOnDemand");
      }
    }
    terms(draft, errors);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return new Parties(centre, company, member);
  }

  private Centre centre(Long id, Map<String, String> errors) {
    if (id == null) {
      errors.put("centre", "contract.centre.required");
      return null;
    }
    Centre centre = em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }

  private boolean seen(Centre home) {
    return home == null || caller.centres().allows(home.getId());
  }

  private static void terms(ContractDraft draft, Map<String, String> errors) {
    LocalDate start = draft.getStartDate();
    if (start == null) {
      errors.put("startDate", "contract.startDate.required");
    } else if (start.isBefore(EARLIEST) || start.isAfter(LATEST)) {
      errors.put("startDate", "contract.date.outOfRange");
    }
    LocalDate end = draft.getEndDate();
    if (end != null && (end.isAfter(LATEST) || start != null && end.isBefore(start))) {
      errors.put("endDate", "contract.endDate.beforeStart");
    }
    if (draft.getCommitmentMonths() == null || !COMMITMENTS.contains(draft.getCommitmentMonths())) {
      errors.put("commitmentMonths", "contract.commitment.invalid");
    }
    Integer notice = draft.getNoticeMonths();
    if (notice == null || notice < 0 || notice > 12) {
      errors.put("noticeMonths", "contract.notice.invalid");
    }
    Integer day = draft.getBillingDay();
    if (day == null || day < 1 || day > 28) {
      errors.put("billingDay", "contract.billingDay.invalid");
    }
    if (draft.getBillingTiming() == null) {
      errors.put("billingTiming", "contract.billingTiming.required");
    }
    if (draft.getPaymentMethod() == null) {
      errors.put("paymentMethod", "contract.paymentMethod.required");
    }
    BigDecimal deposit = draft.getDepositAmount();
    if (deposit != null
        && (deposit.signum() < 0 || deposit.scale() > 2 || deposit.compareTo(MAX_AMOUNT) > 0)) {
      errors.put("depositAmount", "contract.deposit.invalid");
    }
    String notes = draft.getNotes();
    if (notes != null
        && (notes.codePointCount(0, notes.length()) > NOTES_MAX
            || !TextValidator.clean(notes, true))) {
      errors.put("notes", "contract.notes.invalid");
    }
  }
}

package io.atrium.payments;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Outstanding balances (000 "Financial Visibility"): shown only to staff whose role may see
 * balances, in their centres, and to a company's own members holding the company-documents right.
 * Anyone else is refused; an unknown or unseen company or member is not found.
 */
@ApplicationScoped
public class Balances {

  private static final String DUE =
      "SELECT currency, count(*) FILTER (WHERE left_due > 0), coalesce(sum(left_due), 0) FROM ("
          + " SELECT i.currency, greatest(i.gross_total"
          + " - coalesce((SELECT sum(a.amount) FROM payment_allocation a WHERE a.invoice_id = i.id), 0)"
          + " - coalesce((SELECT sum(c.gross_total) FROM invoice c WHERE c.corrects_id = i.id"
          + "     AND c.kind = 'CREDIT_NOTE' AND c.status = 'ISSUED'), 0), 0) AS left_due"
          + " FROM invoice i WHERE i.status = 'ISSUED' AND i.kind <> 'CREDIT_NOTE'"
          // An invoice a corrective one replaced owes nothing: the corrective one does.
          + " AND NOT EXISTS (SELECT 1 FROM invoice r WHERE r.corrects_id = i.id"
          + "     AND r.kind = 'CORRECTIVE' AND r.status = 'ISSUED') AND %s) d"
          + " GROUP BY currency";

  private static final String CREDIT =
      "SELECT p.currency, 0, coalesce(sum(p.amount - coalesce((SELECT sum(a.amount)"
          + " FROM payment_allocation a WHERE a.payment_id = p.id), 0)), 0)"
          + " FROM payment p WHERE ";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject BalanceVisibility visibility;

  /** Whether the signed-in caller may see balances at all (pages hide the tile otherwise). */
  public boolean visible() {
    return visibility.mayStaffSee();
  }

  @Transactional
  public List<Balance> ofCompany(long companyId) {
    Company company = em.find(Company.class, companyId);
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (principal.member()) {
      if (company == null || !Objects.equals(caller.rights().companyId(), companyId)) {
        throw new NotFoundException();
      }
      caller.require(ClientRight.COMPANY_DOCUMENTS);
    } else {
      if (company == null || !caller.centres().allows(company.getHomeCentre().getId())) {
        throw new NotFoundException();
      }
      requireStaff();
    }
    return compute("i.company_id = ?1", "p.company_id = ?1", companyId);
  }

  @Transactional
  public List<Balance> ofMember(long memberId) {
    Member member = em.find(Member.class, memberId);
    Long centre = member == null ? null : centreOf(member);
    if (member == null || centre == null || !caller.centres().allows(centre)) {
      throw new NotFoundException();
    }
    requireStaff();
    return compute(
        "i.member_id = ?1 AND i.company_id IS NULL",
        "p.member_id = ?1 AND p.company_id IS NULL",
        memberId);
  }

  private static Long centreOf(Member member) {
    if (member.getHomeCentre() != null) {
      return member.getHomeCentre().getId();
    }
    return member.getCompany() == null ? null : member.getCompany().getHomeCentre().getId();
  }

  private void requireStaff() {
    if (!visibility.mayStaffSee()) {
      throw new ForbiddenException();
    }
  }

  private List<Balance> compute(String invoices, String payments, long id) {
    TreeMap<String, BigDecimal[]> sums = new TreeMap<>();
    List<?> due = em.createNativeQuery(DUE.formatted(invoices)).setParameter(1, id).getResultList();
    List<?> credit =
        em.createNativeQuery(CREDIT + payments + " GROUP BY p.currency")
            .setParameter(1, id)
            .getResultList();
    for (Object row : due) {
      Object[] c = (Object[]) row;
      slot(sums, c[0])[0] = new BigDecimal(c[2].toString());
      slot(sums, c[0])[2] = new BigDecimal(c[1].toString());
    }
    for (Object row : credit) {
      Object[] c = (Object[]) row;
      slot(sums, c[0])[1] = new BigDecimal(c[2].toString());
    }
    return sums.entrySet().stream()
        .map(
            e ->
                new Balance(
                    e.getKey(),
                    e.getValue()[0].setScale(2),
                    e.getValue()[1].setScale(2),
                    e.getValue()[2].longValue()))
        .toList();
  }

  private static BigDecimal[] slot(TreeMap<String, BigDecimal[]> sums, Object currency) {
    return sums.computeIfAbsent(
        currency.toString().trim(),
        c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
  }
}

package io.atrium.credits;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The month's allowances of contract options, for the bound tenant: each line of an active contract
 * whose item grants credit hours gives the contract's holder quantity × those hours at its centre,
 * valid until the month's end on the centre's clock; once per line and month (a unique key keeps a
 * second run from granting twice). Done by the system ({@link AllowanceJob}), audited as such.
 * Native: the contracts and the catalogue own their entities; a line's numbers are all it needs.
 */
@ApplicationScoped
public class Allowances {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public int grantDue() {
    return grantDueAt(clock.instant());
  }

  /** Grants what is due at {@code now} (tests give the day they need); answers how many. */
  @Transactional
  public int grantDueAt(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> lines =
        em.createNativeQuery(
                "SELECT l.id, c.centre_id, c.company_id, c.member_id, l.quantity * i.credit_hours,"
                    + " i.name_en, i.name_fr, c.start_date, c.end_date, l.start_date, l.end_date"
                    + " FROM contract_line l JOIN contract c ON c.tenant_id = l.tenant_id AND c.id"
                    + " = l.contract_id JOIN catalogue_item i ON i.tenant_id = l.tenant_id AND i.id"
                    + " = l.item_id WHERE c.status IN ('ACTIVE', 'NOTICE_GIVEN') AND"
                    + " i.credit_hours IS NOT NULL ORDER BY l.id")
            .getResultList();
    int granted = 0;
    for (Object[] line : lines) {
      Centre centre = em.find(Centre.class, ((Number) line[1]).longValue());
      LocalDate today = LocalDate.ofInstant(now, centre.zone());
      if (!covers(line[7], line[8], today) || !covers(line[9], line[10], today)) {
        continue;
      }
      long lineId = ((Number) line[0]).longValue();
      YearMonth month = YearMonth.from(today);
      if (granted(lineId, month.atDay(1))) {
        continue;
      }
      String name = "FR".equals(centre.getCountry()) ? (String) line[6] : (String) line[5];
      CreditPool pool =
          new CreditPool(
              centre,
              line[2] == null ? null : em.find(Company.class, ((Number) line[2]).longValue()),
              line[3] == null ? null : em.find(Member.class, ((Number) line[3]).longValue()),
              CreditPool.Unit.HOURS,
              name + " · " + month,
              month.atEndOfMonth(),
              now);
      pool.fromContractLine(lineId, month.atDay(1));
      em.persist(pool);
      BigDecimal hours = new BigDecimal(line[4].toString()).setScale(2);
      CreditEntry entry = new CreditEntry(pool, CreditEntry.Kind.GRANT, hours, null, null, now);
      em.persist(entry);
      audit.record(
          "CreditPool",
          pool.getId(),
          "CREATE",
          centre.getId(),
          Changes.of()
              .field("holder", null, pool.getHolderName())
              .field("amount", null, hours)
              .field("contractLine", null, lineId)
              .field("expiresOn", null, pool.getExpiresOn()));
      granted++;
    }
    return granted;
  }

  private boolean granted(long lineId, LocalDate period) {
    return !em.createQuery(
            "select p.id from CreditPool p where p.contractLineId = :line and p.period = :period",
            Long.class)
        .setParameter("line", lineId)
        .setParameter("period", period)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether the day lies between the dates (either may be open). */
  private static boolean covers(Object start, Object end, LocalDate day) {
    return (start == null || !day.isBefore(toDate(start)))
        && (end == null || !day.isAfter(toDate(end)));
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}

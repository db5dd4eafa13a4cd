package io.atrium.billing;

import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionInvoicing;
import io.atrium.consumptions.UnbilledConsumptions;
import io.atrium.contracts.BillableContracts;
import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractLine;
import io.atrium.directory.Company;
import io.atrium.directory.DirectoryLookup;
import io.atrium.directory.Member;
import io.atrium.invoicing.LineDraft;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run bills for some payers of a centre, read without writing anything: the preview shows
 * it, the run writes it. See the package's rules for which contracts and which days.
 */
@ApplicationScoped
public class BillingPlanner {

  /** Payers due in the run (contracts not billed for their period, unbilled consumptions). */
  private static final String PAYERS =
      "SELECT payer FROM ("
          + " SELECT coalesce(c.company_id, c.member_id) AS payer FROM contract c"
          + " WHERE c.centre_id = ?1 AND c.status IN ('SIGNED', 'ACTIVE', 'NOTICE_GIVEN', 'ENDED')"
          + " AND ((c.billing_timing = 'ADVANCE' AND c.start_date <= CAST(?3 AS date)"
          + "       AND coalesce(c.end_date, c.ended_on, CAST(?2 AS date)) >= CAST(?2 AS date))"
          + "   OR (c.billing_timing = 'ARREARS' AND c.start_date <= CAST(?5 AS date)"
          + "       AND coalesce(c.end_date, c.ended_on, CAST(?4 AS date)) >= CAST(?4 AS date)))"
          + " AND NOT EXISTS (SELECT 1 FROM contract_billing b WHERE b.tenant_id = c.tenant_id"
          + "   AND b.contract_id = c.id AND b.period_start ="
          + "   CASE WHEN c.billing_timing = 'ADVANCE' THEN CAST(?2 AS date) ELSE CAST(?4 AS date) END)"
          + " UNION SELECT coalesce(k.company_id, k.member_id) FROM consumption k"
          + " WHERE k.centre_id = ?1 AND k.invoice_id IS NULL AND k.consumed_on <= CAST(?3 AS date)"
          + ") p WHERE payer > ?6 ORDER BY payer LIMIT ?7";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject BillableContracts billable;

  @Inject DirectoryLookup directory;

  @Inject UnbilledConsumptions unbilled;

  /**
   * Writes the payers due in the run into {@code billing_run_payer}, the list its chunks page
   * through; answers how many.
   */
  public int freeze(long runId, Centre centre, Period run) {
    Period arrears = run.previousMonth();
    return em.createNativeQuery(
            "INSERT INTO billing_run_payer (tenant_id, billing_run_id, payer_id)"
                + " SELECT current_setting('atrium.tenant_id')::bigint, ?8, payer FROM ("
                + PAYERS
                + ") due")
        .setParameter(1, centre.getId())
        .setParameter(2, run.start())
        .setParameter(3, run.end())
        .setParameter(4, arrears.start())
        .setParameter(5, arrears.end())
        .setParameter(6, 0L)
        .setParameter(7, Integer.MAX_VALUE)
        .setParameter(8, runId)
        .executeUpdate();
  }

  /** The run's next {@code max} payers after {@code after}, in order, from its frozen list. */
  public List<Long> payersOfRun(long runId, long after, int max) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT payer_id FROM billing_run_payer WHERE billing_run_id = ?1"
                    + " AND payer_id > ?2 ORDER BY payer_id LIMIT ?3")
            .setParameter(1, runId)
            .setParameter(2, after)
            .setParameter(3, max)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /** Up to {@code max} payer ids due after {@code after}, in order. */
  public List<Long> payers(Centre centre, Period run, long after, int max) {
    Period arrears = run.previousMonth();
    List<?> rows =
        em.createNativeQuery(PAYERS)
            .setParameter(1, centre.getId())
            .setParameter(2, run.start())
            .setParameter(3, run.end())
            .setParameter(4, arrears.start())
            .setParameter(5, arrears.end())
            .setParameter(6, after)
            .setParameter(7, max)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /** The invoices of each payer, by payer, in the order given. */
  public Map<Payer, List<PlannedInvoice>> plan(
      Centre centre, Period run, List<Long> payerIds, boolean perContract) {
    Map<Long, Payer> payers = payers(payerIds);
    Map<Payer, List<PlannedInvoice>> plans = new LinkedHashMap<>();
    payers.values().forEach(p -> plans.put(p, new ArrayList<>()));
    if (payers.isEmpty()) {
      return plans;
    }
    List<Contract> contracts = billable.ofPayers(centre, payerIds);
    Set<String> billed = alreadyBilled(contracts);
    String country = centre.getCountry();
    String fallback =
        em.find(Tenant.class, tenancy.currentTenantId().orElseThrow()).getDefaultLocale();
    for (Contract contract : contracts) {
      Period service =
          contract.getBillingTiming() == Contract.BillingTiming.ADVANCE ? run : run.previousMonth();
      Period days = Proration.days(contract, service);
      if (days == null || billed.contains(contract.getId() + ":" + service.start())) {
        continue;
      }
      Payer payer = payers.get(payerId(contract.getCompany(), contract.getMember()));
      List<PlannedInvoice> invoices = plans.get(payer);
      PlannedInvoice invoice;
      if (perContract || invoices.isEmpty()) {
        invoice = new PlannedInvoice(payer, perContract ? contract : null);
        invoices.add(invoice);
      } else {
        invoice = invoices.get(0);
      }
      String language = language(payer, fallback);
      for (ContractLine line : contract.getLines()) {
        LineDraft draft = Proration.line(line, days, service, language, country);
        if (draft != null) {
          invoice.lines.add(draft);
        }
      }
      invoice.billed.add(new PlannedInvoice.Billed(contract, service));
    }
    for (Consumption consumption : unbilled.ofPayers(centre, run.end(), payerIds)) {
      Payer payer = payers.get(payerId(consumption.getCompany(), consumption.getMember()));
      List<PlannedInvoice> invoices = plans.get(payer);
      PlannedInvoice invoice =
          invoices.stream()
              .filter(
                  i -> i.contract != null && i.contract.getId().equals(consumption.getContractId()))
              .findFirst()
              .orElse(invoices.isEmpty() ? null : invoices.get(0));
      if (invoice == null) {
        invoice = new PlannedInvoice(payer, null);
        invoices.add(invoice);
      }
      invoice.lines.add(ConsumptionInvoicing.line(consumption));
      invoice.consumptions.add(consumption);
    }
    plans.values().forEach(list -> list.removeIf(i -> i.lines.isEmpty()));
    return plans;
  }

  /** The language the payer's documents are written in. */
  static String language(Payer payer, String fallback) {
    if (payer.member() != null) {
      return payer.member().getLanguage();
    }
    Member contact = payer.company().getMainContact();
    return contact == null ? fallback : contact.getLanguage();
  }

  /** The payers of the ids, in the order given: two queries for a chunk, not one per payer. */
  private Map<Long, Payer> payers(List<Long> ids) {
    Map<Long, Company> companies = directory.companies(ids);
    Map<Long, Member> members =
        directory.members(ids.stream().filter(id -> !companies.containsKey(id)).toList());
    Map<Long, Payer> payers = new LinkedHashMap<>();
    for (Long id : ids) {
      Company company = companies.get(id);
      Member member = company == null ? members.get(id) : null;
      if (company != null || member != null) {
        payers.put(id, new Payer(company, member));
      }
    }
    return payers;
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static long payerId(Company company, Member member) {
    return company != null ? company.getId() : member.getId();
  }

  private Set<String> alreadyBilled(List<Contract> contracts) {
    Set<String> billed = new HashSet<>();
    if (contracts.isEmpty()) {
      return billed;
    }
    // Ids are numbers read from the database: safe to write into the statement.
    String ids = String.join(",", contracts.stream().map(c -> String.valueOf(c.getId())).toList());
    List<?> rows =
        em.createNativeQuery(
                "SELECT contract_id, period_start FROM contract_billing WHERE contract_id IN ("
                    + ids
                    + ")")
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      billed.add(((Number) columns[0]).longValue() + ":" + day(columns[1]));
    }
    return billed;
  }
}

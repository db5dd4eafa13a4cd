package io.atrium.billing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/**
 * The two billing settings a run reads: one invoice per payer and centre or per contract, and
 * whether it issues what it makes or leaves drafts for review (the default: nothing is numbered
 * before someone has looked). Read and written as columns of the tenant's {@code billing_settings}
 * row, made on first save, so that other modules' columns of that row are left as they are.
 */
@ApplicationScoped
public class RunSettings {

  /** What the billing runs page shows and saves. */
  public record Values(boolean perContract, boolean issue) implements Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Tenancy tenancy;

  @Inject AuditTrail audit;

  @Transactional
  public Values read() {
    List<?> rows =
        em.createNativeQuery("SELECT invoice_per, run_issues FROM billing_settings")
            .getResultList();
    if (rows.isEmpty()) {
      return new Values(false, false);
    }
    Object[] row = (Object[]) rows.get(0);
    return new Values("CONTRACT".equals(row[0]), Boolean.TRUE.equals(row[1]));
  }

  public boolean perContract() {
    return read().perContract();
  }

  /** Saves both settings (invoices:edit), audited. */
  @Transactional
  public Values save(Values values) {
    caller.require(Area.INVOICES, Action.EDIT);
    Values before = read();
    em.createNativeQuery(
            "INSERT INTO billing_settings (tenant_id, invoice_per, run_issues) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (tenant_id) DO UPDATE SET invoice_per = EXCLUDED.invoice_per,"
                + " run_issues = EXCLUDED.run_issues, version = billing_settings.version + 1")
        .setParameter(1, tenancy.currentTenantId().orElseThrow())
        .setParameter(2, values.perContract() ? "CONTRACT" : "COMPANY")
        .setParameter(3, values.issue())
        .executeUpdate();
    audit.record(
        "BillingSettings",
        tenancy.currentTenantId().orElseThrow(),
        "UPDATE",
        null,
        Changes.of()
            .field("invoicePer", per(before), per(values))
            .field("runIssues", before.issue(), values.issue()));
    return values;
  }

  private static String per(Values values) {
    return values.perContract() ? "CONTRACT" : "COMPANY";
  }
}

package io.atrium.collection;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounting push as staff see it: the rows that failed at least once and are not done, with
 * their last error, and "retry now" (invoices:edit), which makes a row due at once.
 */
@ApplicationScoped
public class AccountingStatus {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject AccountingSystems systems;

  public String systemName() {
    return systems.name();
  }

  /** Rows waiting after a failure, or failed, newest first (invoices:read). */
  @Transactional
  public List<SyncRow> problems() {
    caller.require(Area.INVOICES, Action.READ);
    List<SyncRow> found = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT s.id, s.entity_kind, s.entity_id, COALESCE((SELECT i.number FROM invoice i"
                    + " WHERE i.tenant_id = s.tenant_id AND i.id = s.entity_id),"
                    + " (SELECT c.name FROM company c WHERE c.tenant_id = s.tenant_id"
                    + " AND c.id = s.entity_id), (SELECT m.full_name FROM member m"
                    + " WHERE m.tenant_id = s.tenant_id AND m.id = s.entity_id),"
                    + " (SELECT p.reference FROM payment p WHERE p.tenant_id = s.tenant_id"
                    + " AND p.id = s.entity_id), '#' || s.entity_id),"
                    + " s.status, s.attempts, s.next_attempt_at, s.last_error FROM accounting_sync s"
                    + " WHERE s.status <> 'DONE' AND s.attempts > 0 ORDER BY s.id DESC LIMIT 200")
            .getResultList()) {
      Object[] r = (Object[]) row;
      found.add(
          new SyncRow(
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              ((Number) r[5]).intValue(),
              OverdueInvoices.instant(r[6]),
              (String) r[7]));
    }
    return found;
  }

  /** Makes a row that is not done due now; another tenant's row is not found. */
  @Transactional
  public void retryNow(long rowId) {
    caller.require(Area.INVOICES, Action.EDIT);
    int changed =
        em.createNativeQuery(
                "UPDATE accounting_sync SET status = 'PENDING', next_attempt_at = now(),"
                    + " version = version + 1 WHERE id = ?1 AND status <> 'DONE'")
            .setParameter(1, rowId)
            .executeUpdate();
    if (changed == 0) {
      throw new NotFoundException();
    }
    audit.record(
        "AccountingSync", rowId, "RETRY", null, Changes.of().field("status", null, "PENDING"));
  }
}

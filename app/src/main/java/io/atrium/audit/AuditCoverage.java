package io.atrium.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proof that every command is audited (package rule 8), switched on for the integration tests:
 * at the end of each transaction's outermost {@code @Transactional} call, before it commits, asks
 * PostgreSQL which tables this transaction wrote ({@code pg_stat_xact_user_tables} counts the rows
 * the current transaction inserted, updated and deleted) and refuses the commit with {@link
 * UnauditedWriteException} when it wrote a business table but appended no audit entry.
 *
 * <p>It watches what reached the database, not what the code says: a new service method, a
 * forgotten branch, a bulk update, a write through another bean, all count, and no annotation or
 * list of methods has to be kept up to date. Switched off in production, where it would cost a
 * flush and two queries per transaction.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 260)
public class AuditCoverage {

  /**
   * Tables whose writes are not commands of anyone, each for its reason. {@code outbox_mail},
   * {@code outbox_mail_attachment}, {@code notification}: mail and notices that an audited command
   * queued, their delivery, and a person's own read marks. {@code refresh_token}: API sessions,
   * whose sign-in is audited. {@code platform_admin}: the platform's own accounts, outside every
   * tenant's log. {@code sign_in_throttle}: counts of failed attempts per source address, kept
   * outside tenants (the typed workspace may not exist); the failures of real accounts are audited.
   * {@code tenant_job}: which server runs a scheduled job for a tenant and when; what the job
   * changes is audited as the system.
   */
  static final Set<String> NOT_COMMANDS =
      Set.of(
          "outbox_mail",
          "outbox_mail_attachment",
          "notification",
          "refresh_token",
          "platform_admin",
          "sign_in_throttle",
          "tenant_job");

  private static final String WATCHED = AuditCoverage.class.getName();
  private static final Logger LOG = Logger.getLogger(AuditCoverage.class.getName());

  @Inject
  @ConfigProperty(name = "audit.coverage.check", defaultValue = "false")
  boolean enabled;

  @Resource TransactionSynchronizationRegistry transactions;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    if (!enabled
        || transactions.getTransactionStatus() != Status.STATUS_ACTIVE
        || transactions.getResource(WATCHED) != null) {
      return invocation.proceed();
    }
    // Only the outermost call of a transaction checks it: it sees everything the transaction did.
    transactions.putResource(WATCHED, Boolean.TRUE);
    Map<String, Long> before = fixture(invocation) ? Map.of() : rowsWritten();
    Object result = invocation.proceed();
    if (!fixture(invocation) && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      em.flush();
      Set<String> unaudited = unaudited(before, rowsWritten());
      if (!unaudited.isEmpty()) {
        String command =
            invocation.getMethod().getDeclaringClass().getSimpleName()
                + "."
                + invocation.getMethod().getName();
        var refused = new UnauditedWriteException(command, unaudited);
        LOG.severe(refused.getMessage());
        throw refused;
      }
    }
    return result;
  }

  /**
   * Rows written by table, as this connection counts them. The counts include earlier transactions
   * of the connection until PostgreSQL flushes them to its statistics, which it only does between
   * transactions: so what this transaction wrote is the difference between its start and its end.
   */
  private Map<String, Long> rowsWritten() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables"
                    + " WHERE n_tup_ins + n_tup_upd + n_tup_del > 0")
            .getResultList();
    Map<String, Long> written = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      written.put(String.valueOf(columns[0]), ((Number) columns[1]).longValue());
    }
    return written;
  }

  /** The business tables written since {@code before}, or none when an entry was appended. */
  private static Set<String> unaudited(Map<String, Long> before, Map<String, Long> after) {
    Set<String> written = new TreeSet<>();
    after.forEach(
        (table, rows) -> {
          if (rows > before.getOrDefault(table, 0L)) {
            written.add(table);
          }
        });
    if (written.contains("audit_entry")) {
      return Set.of();
    }
    written.removeAll(NOT_COMMANDS);
    return written;
  }

  /** Integration tests' own fixtures write their setup directly, as no user could. */
  private static boolean fixture(InvocationContext invocation) {
    return invocation.getMethod().getDeclaringClass().getName().startsWith("io.atrium.testing.");
  }
}

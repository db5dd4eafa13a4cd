package io.atrium.audit;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.RequestIdFilter;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.persistence.config.QueryHints;

/**
 * The audit log of the bound tenant: records entries for its hash chain, lists them, and verifies
 * the chain. See the package's rules.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}");
  private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]{0,39}");
  private static final int VERIFY_BATCH = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject Caller caller;

  @Inject Instance<HttpServletRequest> request;

  @Inject AuditChain chain;

  Clock clock = Clock.systemUTC();

  /**
   * Records an entry in the caller's transaction (or a new one): {@code record("Company",
   * company.getId(), "UPDATE", centreId, Changes.of().field(...))}. Actions are verbs in capitals:
   * CREATE, UPDATE, DELETE, ACTIVATE, SIGN_IN... The entry takes its place in the tenant's chain
   * when the transaction's outermost {@code @Transactional} call returns ({@link ChainAppend}).
   */
  @Transactional
  public void record(
      String entityType, Object entityId, String action, Long centreId, Changes changes) {
    record(actor(), entityType, entityId, action, centreId, changes);
  }

  /**
   * Records an entry on behalf of an actor the request does not carry yet: the person who has just
   * signed in, whose principal the session receives only after this transaction.
   */
  @Transactional
  public void record(
      Actor actor,
      String entityType,
      Object entityId,
      String action,
      Long centreId,
      Changes changes) {
    Objects.requireNonNull(actor, "actor");
    require(entityType != null && ENTITY_TYPE.matcher(entityType).matches(), "entity type");
    require(action != null && ACTION.matcher(action).matches(), "action");
    String id = String.valueOf(Objects.requireNonNull(entityId, "entityId"));
    require(!id.isBlank() && id.length() <= 64, "entity id");
    chain.recorded(
        tenantId(),
        new AuditEntry(
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor,
            centreId,
            entityType,
            id,
            action,
            changes == null ? Changes.of() : changes,
            requestId()));
    // The command's writes so far reach the database now, as when the entry was written here:
    // some rows name others by id only (a booking its consumption), an order EclipseLink cannot
    // see, and commands were written in the order this flush gave them.
    em.flush();
  }

  /** Entries matching the filter, newest first, within the reader's centres. */
  @Transactional
  public List<AuditEntry> list(AuditFilter filter, int first, int max) {
    caller.require(Area.AUDIT, Action.READ);
    return query("select e", filter, " order by e.seq desc", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional
  public long count(AuditFilter filter) {
    caller.require(Area.AUDIT, Action.READ);
    return query("select count(e)", filter, "", Long.class).getSingleResult();
  }

  /** The entity types the log holds, for the filter. */
  @Transactional
  public List<String> entityTypes() {
    caller.require(Area.AUDIT, Action.READ);
    return em.createQuery(
            "select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
        .getResultList();
  }

  /** The zone the log's days and times are in: the tenant's. */
  @Transactional
  public ZoneId timeZone() {
    caller.require(Area.AUDIT, Action.READ);
    return zone();
  }

  /** Recomputes the tenant's whole chain, oldest first, and stops at the first broken entry. */
  @Transactional
  public ChainCheck verify() {
    caller.require(Area.AUDIT, Action.READ);
    var verifier = new ChainVerifier(tenantId());
    List<AuditEntry> batch;
    do {
      batch =
          em.createQuery(
                  "select e from AuditEntry e where e.seq >= :from order by e.seq",
                  AuditEntry.class)
              .setParameter("from", verifier.next())
              .setHint(QueryHints.READ_ONLY, true)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (AuditEntry entry : batch) {
        if (!verifier.accept(entry)) {
          return verifier.result();
        }
      }
    } while (batch.size() == VERIFY_BATCH);
    return verifier.result();
  }

  private <T> TypedQuery<T> query(String select, AuditFilter filter, String order, Class<T> type) {
    boolean byDay = filter.from() != null || filter.to() != null;
    return new AuditSearch(filter, byDay ? zone() : null, caller.centres())
        .query(em, select, order, type);
  }

  private ZoneId zone() {
    return ZoneId.of(em.find(Tenant.class, tenantId()).getTimeZone());
  }

  private long tenantId() {
    return tenancy
        .currentTenantId()
        .orElseThrow(() -> new IllegalStateException("The audit log is a tenant's: none is bound"));
  }

  private Actor actor() {
    try {
      return caller.principal().map(Actor::of).orElse(Actor.SYSTEM);
    } catch (RuntimeException outsideRequest) {
      // No request scope (background work): the system acts.
      return Actor.SYSTEM;
    }
  }

  private String requestId() {
    try {
      return RequestIdFilter.of(request.get());
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }

  private static void require(boolean valid, String what) {
    if (!valid) {
      throw new IllegalArgumentException("Invalid " + what + " for the audit log");
    }
  }
}

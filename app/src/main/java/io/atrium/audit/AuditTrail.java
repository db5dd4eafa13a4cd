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
 * The audit log of the bound tenant: appends entries to its hash chain, lists them, and verifies
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

  Clock clock = Clock.systemUTC();

  /**
   * Appends an entry to the tenant's chain, in the caller's transaction (or a new one): {@code
   * record("Company", company.getId(), "UPDATE", centreId, Changes.of().field(...))}. Actions are
   * verbs in capitals: CREATE, UPDATE, DELETE, ACTIVATE, SIGN_IN...
   */
  @Transactional
  public AuditEntry record(
      String entityType, Object entityId, String action, Long centreId, Changes changes) {
    return record(actor(), entityType, entityId, action, centreId, changes);
  }

  /**
   * Appends an entry on behalf of an actor the request does not carry yet: the person who has just
   * signed in, whose principal the session receives only after this transaction.
   */
  @Transactional
  public AuditEntry record(
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
    long tenantId = tenantId();
    // Held until commit, so the next writer of this tenant's chain waits and then, in its own
    // statement's fresh READ COMMITTED snapshot, reads this entry as the head. (Under a stricter
    // isolation the head could be stale; the unique (tenant_id, seq) then refuses the fork.) The
    // key is the bare tenant id: another per-tenant use of it only ever waits, never breaks this.
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, tenantId)
        .getSingleResult();
    List<?> head =
        em.createNativeQuery(
                "SELECT seq, hash FROM audit_entry WHERE tenant_id = ?1 ORDER BY seq DESC LIMIT 1")
            .setParameter(1, tenantId)
            .getResultList();
    long seq = head.isEmpty() ? 1 : ((Number) ((Object[]) head.get(0))[0]).longValue() + 1;
    String prevHash = head.isEmpty() ? AuditHash.GENESIS : (String) ((Object[]) head.get(0))[1];
    var entry =
        new AuditEntry(
            tenantId,
            seq,
            prevHash,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor,
            centreId,
            entityType,
            id,
            action,
            changes == null ? Changes.of() : changes,
            requestId());
    em.persist(entry);
    // Written now, so a second entry in this transaction finds this one as the chain's head.
    em.flush();
    return entry;
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

package io.atrium.audit;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of a tenant's audit log: who ({@link Actor}), when, in which centre, which entity, what
 * action, which fields changed, in which request; and its place in the tenant's hash chain ({@code
 * seq}, {@code prevHash}, {@code hash}, see {@link AuditHash}).
 *
 * <p>Entries are written once and never changed, so unlike {@link io.atrium.tenancy.TenantEntity}
 * they carry no version; the tenancy mapping is the same, and the database holds them to it too
 * (forced row-level security, no UPDATE or DELETE for the application's role).
 */
@Entity
@Table(name = "audit_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = Tenancy.PROPERTY,
    discriminatorType = DiscriminatorType.INTEGER)
public class AuditEntry {

  /** From the id sequence that {@code TenantEntity} declares for every tenant row. */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_id")
  @Column(updatable = false)
  private Long id;

  @Column(updatable = false)
  private long seq;

  @Column(name = "occurred_at", updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", updatable = false)
  private ActorKind actorKind;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_name", updatable = false)
  private String actorName;

  @Column(name = "centre_id", updatable = false)
  private Long centreId;

  @Column(name = "entity_type", updatable = false)
  private String entityType;

  @Column(name = "entity_id", updatable = false)
  private String entityId;

  @Column(updatable = false)
  private String action;

  @Column(name = "changes", updatable = false)
  @Convert(converter = JsonbConverter.class)
  private String changesJson;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  @Column(name = "prev_hash", updatable = false)
  private String prevHash;

  @Column(updatable = false)
  private String hash;

  protected AuditEntry() {}

  /** An entry recorded but not yet in the chain: {@link #chain} gives it its place. */
  AuditEntry(
      Instant occurredAt,
      Actor actor,
      Long centreId,
      String entityType,
      String entityId,
      String action,
      Changes changes,
      String requestId) {
    this.occurredAt = occurredAt;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.centreId = centreId;
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.changesJson = AuditHash.canonicalJson(changes.toJson());
    this.requestId = requestId;
  }

  /** Places the entry after {@code prevHash} in the tenant's chain, and computes its hash. */
  void chain(long tenantId, long seq, String prevHash) {
    this.seq = seq;
    this.prevHash = prevHash;
    this.hash = AuditHash.of(tenantId, this);
  }

  public Long getId() {
    return id;
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public Long getCentreId() {
    return centreId;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getAction() {
    return action;
  }

  /** The changes as stored: a JSON object {@code {"field": [before, after]}}. */
  public String getChangesJson() {
    return changesJson;
  }

  public Changes getChanges() {
    return Changes.fromJson(changesJson);
  }

  public String getRequestId() {
    return requestId;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}

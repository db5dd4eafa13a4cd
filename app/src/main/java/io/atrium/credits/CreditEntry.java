package io.atrium.credits;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** One movement of a pool's balance, never changed once written: the ledger's line. */
@Entity
@Table(name = "credit_entry")
public class CreditEntry extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** Why the balance moved. */
  public enum Kind {
    GRANT,
    ADJUSTMENT,
    BOOKING,
    DAY_PASS,
    REFUND;

    public String getLabelKey() {
      return "credits.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "pool_id", updatable = false)
  private CreditPool pool;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Kind kind;

  @Column(updatable = false)
  private BigDecimal amount;

  @Column(name = "balance_after", updatable = false)
  private BigDecimal balanceAfter;

  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  @Column(name = "day_pass_id", updatable = false)
  private Long dayPassId;

  @Column(updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", updatable = false)
  private AtriumPrincipal.Kind actorKind;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(updatable = false)
  private Instant at;

  protected CreditEntry() {}

  CreditEntry(CreditPool pool, Kind kind, BigDecimal amount, Use use, String note, Instant at) {
    this.pool = pool;
    this.kind = kind;
    this.amount = amount;
    this.balanceAfter = pool.move(amount);
    this.bookingId = use == null ? null : use.bookingId();
    this.dayPassId = use == null ? null : use.dayPassId();
    this.note = note;
    this.at = at;
  }

  void by(AtriumPrincipal actor) {
    if (actor != null) {
      this.actorKind = actor.kind();
      this.actorId = actor.personId();
    }
  }

  public CreditPool getPool() {
    return pool;
  }

  public Kind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getBalanceAfter() {
    return balanceAfter;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public Long getDayPassId() {
    return dayPassId;
  }

  public String getNote() {
    return note;
  }

  public AtriumPrincipal.Kind getActorKind() {
    return actorKind;
  }

  public Long getActorId() {
    return actorId;
  }

  public Instant getAt() {
    return at;
  }
}

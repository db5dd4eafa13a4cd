package io.atrium.access;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A physical card of a centre's door readers, and whom it is given to. */
@Entity
@Table(name = "access_card")
public class AccessCard extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** Where a card is in its life; lost and deactivated cards open no door. */
  public enum State {
    AVAILABLE,
    ASSIGNED_TO_COMPANY,
    ASSIGNED_TO_PERSON,
    LENT,
    LOST,
    DEACTIVATED;

    public String getLabelKey() {
      return "card.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** A standard card is given for good; a temporary one for a booking or a day pass. */
  public enum Kind {
    STANDARD,
    TEMPORARY;

    public String getLabelKey() {
      return "card.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @Column(updatable = false)
  private String number;

  @Column(name = "facility_code", updatable = false)
  private Integer facilityCode;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Kind kind = Kind.STANDARD;

  @Enumerated(EnumType.STRING)
  private State state = State.AVAILABLE;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id")
  private Member member;

  @Column(name = "import_id", updatable = false)
  private Long importId;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  protected AccessCard() {}

  public Centre getCentre() {
    return centre;
  }

  public String getNumber() {
    return number;
  }

  public Integer getFacilityCode() {
    return facilityCode;
  }

  public Kind getKind() {
    return kind;
  }

  public State getState() {
    return state;
  }

  public Company getCompany() {
    return company;
  }

  public Member getMember() {
    return member;
  }

  public Long getImportId() {
    return importId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Whether the card can open doors: given to someone, or waiting to be. */
  public boolean isInService() {
    return state != State.LOST && state != State.DEACTIVATED;
  }

  void distribute(Company to) {
    this.state = State.ASSIGNED_TO_COMPANY;
    this.company = to;
    this.member = null;
  }

  void assign(Member to) {
    this.state = State.ASSIGNED_TO_PERSON;
    this.member = to;
  }

  /** Lent for a booking of the company or member. */
  void lend(Company to, Member member) {
    this.state = State.LENT;
    this.company = to;
    this.member = member;
  }

  /** Back to the company's pool, or to the centre's when it has no company. */
  void release() {
    this.member = null;
    this.state = company == null ? State.AVAILABLE : State.ASSIGNED_TO_COMPANY;
  }

  void takeBack() {
    this.member = null;
    this.company = null;
    this.state = State.AVAILABLE;
  }

  void end(State lostOrDeactivated) {
    this.state = lostOrDeactivated;
  }
}

package io.atrium.credits;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A company's credit pool or a member's allowance at one centre; its balance never below 0. */
@Entity
@Table(name = "credit_pool")
public class CreditPool extends TenantEntity {

  private static final long serialVersionUID = 1L;

  /** What the credits count: hours of a space, or money in the centre's currency. */
  public enum Unit {
    HOURS,
    MONEY;

    public String getLabelKey() {
      return "credits.unit." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @ManyToOne
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Unit unit;

  @Column(updatable = false)
  private String currency;

  private String label;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  private BigDecimal balance;

  /** For a month's allowance from a contract option: its line and the month's first day. */
  @Column(name = "contract_line_id", updatable = false)
  private Long contractLineId;

  @Column(updatable = false)
  private LocalDate period;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected CreditPool() {}

  CreditPool(
      Centre centre,
      Company company,
      Member member,
      Unit unit,
      String label,
      LocalDate expiresOn,
      Instant now) {
    this.centre = centre;
    this.company = company;
    this.member = member;
    this.unit = unit;
    this.currency = unit == Unit.MONEY ? centre.getCurrency() : null;
    this.label = label;
    this.expiresOn = expiresOn;
    this.balance = BigDecimal.ZERO.setScale(2);
    this.createdAt = now;
  }

  /** Marks it as a contract option's allowance for the month starting on {@code period}. */
  void fromContractLine(long lineId, LocalDate period) {
    this.contractLineId = lineId;
    this.period = period;
  }

  public Long getContractLineId() {
    return contractLineId;
  }

  /** Moves the balance; the caller has checked it stays at 0 or above. */
  BigDecimal move(BigDecimal amount) {
    balance = balance.add(amount);
    return balance;
  }

  /** Usable for something happening on that day (the expiry day included). */
  public boolean validOn(LocalDate day) {
    return expiresOn == null || !day.isAfter(expiresOn);
  }

  public Centre getCentre() {
    return centre;
  }

  public Company getCompany() {
    return company;
  }

  public Member getMember() {
    return member;
  }

  /** The company's or the member's name. */
  public String getHolderName() {
    return company != null ? company.getName() : member.getFullName();
  }

  public Unit getUnit() {
    return unit;
  }

  public String getCurrency() {
    return currency;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

package io.atrium.billing;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/** One billing run of a centre and period, its progress and its outcome (see package rules). */
@Entity
@Table(name = "billing_run")
public class BillingRun extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED;

    public String getLabelKey() {
      return "billing.run.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @Column(name = "period_start", updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", updatable = false)
  private LocalDate periodEnd;

  @Column(name = "issue", updatable = false)
  private boolean issue;

  @Column(name = "issue_date", updatable = false)
  private LocalDate issueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private Status status;

  @Column(name = "total")
  private int total;

  @Column(name = "processed")
  private int processed;

  @Column(name = "invoices")
  private int invoices;

  @Column(name = "errors")
  private int errors;

  @Column(name = "amount")
  private BigDecimal amount = BigDecimal.ZERO;

  @Column(name = "first_number")
  private String firstNumber;

  @Column(name = "last_number")
  private String lastNumber;

  @Column(name = "cursor_id")
  private long cursorId;

  @Column(name = "started_by", updatable = false)
  private String startedBy;

  @Column(name = "started_by_id", updatable = false)
  private Long startedById;

  @Convert(converter = InstantConverter.class)
  @Column(name = "started_at", updatable = false)
  private Instant startedAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "error")
  private String error;

  protected BillingRun() {}

  BillingRun(
      Centre centre,
      Period period,
      boolean issue,
      LocalDate issueDate,
      Long startedById,
      String startedBy,
      Instant now) {
    this.centre = centre;
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.issue = issue;
    this.issueDate = issueDate;
    this.startedById = startedById;
    this.startedBy = startedBy;
    this.startedAt = now;
    this.status = Status.RUNNING;
  }

  /** Takes the run for this server until {@code until}. */
  void claim(String server, Instant until) {
    this.claimedBy = server;
    this.claimedUntil = until;
  }

  void advance(long cursor, int payers, int invoicesMade, BigDecimal gross, int skipped) {
    this.cursorId = cursor;
    this.processed += payers;
    this.invoices += invoicesMade;
    this.amount = amount.add(gross);
    this.errors += skipped;
  }

  void numbered(String number) {
    if (firstNumber == null) {
      firstNumber = number;
    }
    lastNumber = number;
  }

  void finish(Status outcome, String failure, Instant now) {
    this.status = outcome;
    this.error = failure == null ? null : failure.substring(0, Math.min(failure.length(), 500));
    this.finishedAt = now;
    this.claimedBy = null;
    this.claimedUntil = null;
  }

  void restart() {
    this.status = Status.RUNNING;
    this.error = null;
    this.finishedAt = null;
  }

  void setTotal(int total) {
    this.total = total;
  }

  public Period getPeriod() {
    return new Period(periodStart, periodEnd);
  }

  /** The share done, 0 to 100, for the progress bar. */
  public int getPercent() {
    if (status == Status.COMPLETED) {
      return 100;
    }
    return total == 0 ? 0 : Math.min(100, processed * 100 / total);
  }

  public Centre getCentre() {
    return centre;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public boolean isIssue() {
    return issue;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isRunning() {
    return status == Status.RUNNING;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  public int getInvoices() {
    return invoices;
  }

  public int getErrors() {
    return errors;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getFirstNumber() {
    return firstNumber;
  }

  public String getLastNumber() {
    return lastNumber;
  }

  public long getCursorId() {
    return cursorId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Long getStartedById() {
    return startedById;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public String getError() {
    return error;
  }
}

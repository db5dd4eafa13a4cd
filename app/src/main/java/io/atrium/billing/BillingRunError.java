package io.atrium.billing;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A payer a run skipped, with the reason (a bundle key), for the run's report. */
@Entity
@Table(name = "billing_run_error")
public class BillingRunError extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @Column(name = "billing_run_id", updatable = false)
  private long runId;

  @ManyToOne
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @Column(name = "contracts", updatable = false)
  private String contracts;

  @Column(name = "message_key", updatable = false)
  private String messageKey;

  protected BillingRunError() {}

  BillingRunError(long runId, Payer payer, String contracts, String messageKey) {
    this.runId = runId;
    this.company = payer.company();
    this.member = payer.member();
    this.contracts =
        contracts == null ? null : contracts.substring(0, Math.min(contracts.length(), 500));
    this.messageKey = messageKey;
  }

  public long getRunId() {
    return runId;
  }

  public Company getCompany() {
    return company;
  }

  public Member getMember() {
    return member;
  }

  /** The company's name or the member's, as the report shows it. */
  public String getPayerName() {
    return company != null ? company.getName() : member.getFullName();
  }

  public String getContracts() {
    return contracts;
  }

  public String getMessageKey() {
    return messageKey;
  }
}

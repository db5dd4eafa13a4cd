package io.atrium.payments;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A SEPA mandate (or saved card) as the gateway knows it: its reference and a safe label. */
@Entity
@Table(name = "payment_mandate")
public class PaymentMandate extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @ManyToOne
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @Column(name = "kind", updatable = false)
  private String kind;

  @Column(name = "gateway", updatable = false)
  private String gateway;

  @Column(name = "gateway_ref", updatable = false)
  private String gatewayRef;

  @Column(name = "label", updatable = false)
  private String label;

  @Column(name = "status")
  private String status = "ACTIVE";

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected PaymentMandate() {}

  public PaymentMandate(
      Company company, Member member, String gateway, String gatewayRef, String label, Instant at) {
    this.company = company;
    this.member = member;
    this.kind = "SEPA";
    this.gateway = gateway;
    this.gatewayRef = gatewayRef;
    this.label = label;
    this.createdAt = at;
  }

  public Company getCompany() {
    return company;
  }

  public Member getMember() {
    return member;
  }

  public String getKind() {
    return kind;
  }

  public String getGateway() {
    return gateway;
  }

  public String getGatewayRef() {
    return gatewayRef;
  }

  public String getLabel() {
    return label;
  }

  public String getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

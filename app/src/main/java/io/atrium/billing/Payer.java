package io.atrium.billing;

import io.atrium.directory.Company;
import io.atrium.directory.Member;

/** Who an invoice is addressed to: a company, or a member on their own (B2C). */
public record Payer(Company company, Member member) {

  public long id() {
    return company != null ? company.getId() : member.getId();
  }

  public String name() {
    return company != null ? company.getName() : member.getFullName();
  }
}

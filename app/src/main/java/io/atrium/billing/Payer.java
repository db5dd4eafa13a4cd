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

  // By id: entities hash by class only (stable before and after persist), which would put every
  // payer of a 100,000-payer run in one bucket of the maps keyed by payer.
  @Override
  public boolean equals(Object other) {
    return other instanceof Payer payer
        && (company != null) == (payer.company() != null)
        && id() == payer.id();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id());
  }
}

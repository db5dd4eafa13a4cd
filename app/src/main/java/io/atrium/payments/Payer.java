package io.atrium.payments;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.invoicing.Invoice;
import io.atrium.tenancy.Centre;
import java.util.Objects;

/** Who pays: a client company, or a member paying on their own (an on-demand member, B2C). */
record Payer(Company company, Member member) {

  boolean b2c() {
    return company == null;
  }

  Centre homeCentre() {
    return b2c() ? member.getHomeCentre() : company.getHomeCentre();
  }

  String name() {
    return b2c() ? member.getFullName() : company.getName();
  }

  /** Whether the invoice is this payer's to pay. */
  boolean owes(Invoice invoice) {
    if (b2c()) {
      return invoice.getCompany() == null
          && invoice.getMember() != null
          && Objects.equals(invoice.getMember().getId(), member.getId());
    }
    return invoice.getCompany() != null
        && Objects.equals(invoice.getCompany().getId(), company.getId());
  }
}

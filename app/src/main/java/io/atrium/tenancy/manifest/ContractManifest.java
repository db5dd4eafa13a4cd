package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A demo contract as a manifest declares it (issue 13): its client (a company by name, or an
 * on-demand user by e-mail), centre, terms and lines, and how far it went: DRAFT, SENT or SIGNED
 * (signed: its spaces are held and its deposit and first-month invoices issued at import, dated the
 * day of the signature). Every reference was checked by {@link ContractMapper}.
 *
 * @param endDate null: open-ended
 * @param signedAt for SIGNED only
 */
public record ContractManifest(
    String company,
    String onDemandUser,
    String centre,
    LocalDate startDate,
    int commitmentMonths,
    int noticeMonths,
    LocalDate endDate,
    BigDecimal deposit,
    String paymentMethod,
    String status,
    String signatory,
    String signatureMethod,
    Instant signedAt,
    List<Line> lines) {

  public ContractManifest {
    lines = List.copyOf(lines);
  }

  /**
   * A line: a MAIN or OPTION item of the catalogue offered in the centre, and for a MAIN item
   * optionally a space of the centre; priced at the item's catalogue price on the start date.
   */
  public record Line(String item, String space, BigDecimal quantity, BigDecimal discountPercent) {}
}

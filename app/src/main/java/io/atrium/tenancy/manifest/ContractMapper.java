package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code contracts}: a company declared in {@code companies} or an on-demand user declared in
 * {@code onDemandUsers} (exactly one), a centre, the terms the contracts capability accepts, lines
 * of MAIN or OPTION items offered in that centre, spaces of that centre on MAIN lines only, and for
 * a SIGNED contract who signed, how and when.
 */
final class ContractMapper {

  private static final Set<String> STATUSES = Set.of("DRAFT", "SENT", "SIGNED");
  private static final Set<String> METHODS = Set.of("PAPER", "IN_PERSON", "ELECTRONIC");
  private static final Set<String> PAYMENTS = Set.of("TRANSFER", "SEPA", "CARD", "CHEQUE", "CASH");
  private static final Set<Integer> COMMITMENTS = Set.of(0, 3, 6, 12, 24, 36);

  private ContractMapper() {}

  static List<ContractManifest> contracts(
      ManifestNode node,
      List<CompanyManifest> companies,
      List<OnDemandUserManifest> onDemand,
      List<String> centreCodes,
      OfferManifest offer) {
    List<ContractManifest> contracts = new ArrayList<>();
    if (!node.isPresent()) {
      return contracts;
    }
    Set<String> companyNames =
        companies.stream().map(CompanyManifest::name).collect(Collectors.toSet());
    Set<String> emails =
        onDemand.stream().map(OnDemandUserManifest::email).collect(Collectors.toSet());
    Map<String, OfferManifest.Item> items =
        offer.catalogue().stream()
            .collect(Collectors.toMap(OfferManifest.Item::code, item -> item));
    for (ManifestNode entry : node.list()) {
      ManifestMap map =
          entry.map(
              "company",
              "onDemandUser",
              "centre",
              "start",
              "commitment",
              "notice",
              "end",
              "deposit",
              "payment",
              "status",
              "signatory",
              "signature",
              "signedAt",
              "lines");
      ManifestNode company = map.get("company");
      ManifestNode user = map.get("onDemandUser");
      if (company.isPresent() == user.isPresent()) {
        throw entry.problem("needs either company or onDemandUser");
      }
      String companyName =
          company.isPresent() ? OfferValues.reference(company, companyNames, "company") : null;
      String email =
          user.isPresent() ? OfferValues.reference(user, emails, "on-demand user") : null;
      String centre = OfferValues.reference(map.get("centre"), centreCodes, "centre");
      int commitment = OfferValues.integer(map.get("commitment"), 0, 36, 0);
      if (!COMMITMENTS.contains(commitment)) {
        throw map.get("commitment").problem("must be 0, 3, 6, 12, 24 or 36");
      }
      String status = OfferValues.oneOf(map.get("status"), STATUSES, "DRAFT");
      boolean signed = status.equals("SIGNED");
      if (signed != map.get("signedAt").isPresent()) {
        throw map.get("signedAt").problem("is required for a SIGNED contract, and only then");
      }
      contracts.add(
          new ContractManifest(
              companyName,
              email,
              centre,
              OfferValues.day(map.get("start")),
              commitment,
              OfferValues.integer(map.get("notice"), 0, 12, 1),
              OfferValues.dayOrNull(map.get("end")),
              map.get("deposit").isPresent()
                  ? OfferValues.amount(map.get("deposit"), true, 2)
                  : BigDecimal.ZERO,
              OfferValues.oneOf(map.get("payment"), PAYMENTS, "TRANSFER"),
              status,
              signed ? OfferValues.text(map.get("signatory"), 120) : null,
              signed ? OfferValues.oneOf(map.get("signature"), METHODS, "PAPER") : null,
              signed ? instant(map.get("signedAt")) : null,
              lines(map.get("lines"), centre, items, offer.spaces())));
    }
    return contracts;
  }

  private static List<ContractManifest.Line> lines(
      ManifestNode node,
      String centre,
      Map<String, OfferManifest.Item> items,
      List<OfferManifest.Space> spaces) {
    List<ContractManifest.Line> lines = new ArrayList<>();
    for (ManifestNode entry : node.list()) {
      ManifestMap map = entry.map("item", "space", "quantity", "discount");
      OfferManifest.Item item =
          items.get(OfferValues.reference(map.get("item"), items.keySet(), "catalogue item"));
      if (item.kind().equals("CONSUMPTION") || !item.centres().contains(centre)) {
        throw map.get("item").problem("must be a MAIN or OPTION item offered in " + centre);
      }
      String space = null;
      if (map.get("space").isPresent()) {
        space =
            OfferValues.reference(
                map.get("space"),
                spaces.stream().filter(s -> s.centre().equals(centre)).map(s -> s.name()).toList(),
                "space of " + centre);
        if (!item.kind().equals("MAIN")) {
          throw map.get("space").problem("is only for a MAIN item");
        }
      }
      lines.add(
          new ContractManifest.Line(
              item.code(),
              space,
              map.get("quantity").isPresent()
                  ? OfferValues.amount(map.get("quantity"), false, 2)
                  : BigDecimal.ONE,
              map.get("discount").isPresent()
                  ? OfferValues.amount(map.get("discount"), true, 2)
                  : BigDecimal.ZERO));
    }
    if (lines.isEmpty()) {
      throw node.problem("needs at least one line");
    }
    return lines;
  }

  private static Instant instant(ManifestNode node) {
    try {
      return OffsetDateTime.parse(node.text()).toInstant();
    } catch (DateTimeParseException e) {
      throw node.problem("must be a date and time with its offset, 2025-12-15T10:00:00+01:00");
    }
  }
}

package io.atrium.tenancy.manifest;

import io.atrium.tenancy.manifest.CentreManifest.Tax;
import io.atrium.tenancy.manifest.CentreManifest.TaxScheme;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code centres}: at least one, codes unique, GST registrations the tenant's own. */
final class CentreMapper {

  private CentreMapper() {}

  static List<CentreManifest> centres(
      ManifestNode node, TenantManifest.Legal legal, Currency currency, ZoneId timeZone) {
    if (!node.isPresent()) {
      throw node.problem("is required: a tenant has at least one centre");
    }
    List<CentreManifest> centres = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (ManifestNode item : node.list()) {
      ManifestMap map =
          item.map("code", "name", "address", "timeZone", "currency", "tax", "openingHours");
      String code =
          map.get("code").text(Values.CENTRE_CODE, "must be 2 to 8 upper-case letters or digits");
      if (!codes.add(code)) {
        throw map.get("code").problem("another centre already has the code " + code);
      }
      centres.add(
          new CentreManifest(
              code,
              map.get("name").text(),
              Values.address(map.get("address")),
              Values.timeZone(map.get("timeZone"), timeZone),
              Values.currency(map.get("currency"), currency),
              tax(map.get("tax"), legal),
              openingHours(map.get("openingHours"))));
    }
    if (centres.isEmpty()) {
      throw node.problem("must list at least one centre");
    }
    return centres;
  }

  private static Tax tax(ManifestNode node, TenantManifest.Legal legal) {
    ManifestMap map = node.map("scheme", "rate", "gstin", "stateCode");
    TaxScheme scheme = map.get("scheme").choice(TaxScheme.class, null);
    var rate = Values.percent(map.get("rate"), null);
    ManifestNode gstinNode = map.get("gstin");
    ManifestNode stateNode = map.get("stateCode");
    if (scheme == TaxScheme.VAT) {
      for (ManifestNode gstOnly : List.of(gstinNode, stateNode)) {
        if (gstOnly.isPresent()) {
          throw gstOnly.problem("is only for the GST scheme");
        }
      }
      return new Tax(scheme, rate, null, null);
    }
    String state = stateNode.text(LegalMapper.STATE_CODE, "must be a two-digit state code");
    String registered = legal.gstins().get(state);
    if (registered == null) {
      throw stateNode.problem("the tenant has no GSTIN for state " + state + " in legal.gstins");
    }
    String gstin = gstinNode.text();
    if (!gstin.equals(registered)) {
      throw gstinNode.problem(
          "is not the tenant's GSTIN for state "
              + state
              + " (legal.gstins has "
              + registered
              + ")");
    }
    return new Tax(scheme, rate, gstin, state);
  }

  private static String openingHours(ManifestNode node) {
    String text = node.text();
    try {
      OpeningHours.parse(text);
    } catch (IllegalArgumentException e) {
      throw node.problem(e.getMessage());
    }
    return text;
  }
}

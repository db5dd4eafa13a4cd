package io.atrium.tenancy.manifest;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the legal identifiers of the operator and of its client companies. */
final class LegalMapper {

  static final Pattern STATE_CODE = Pattern.compile("\\d{2}");
  private static final Pattern SIREN = Pattern.compile("\\d{9}");
  private static final Pattern SIRET = Pattern.compile("\\d{14}");
  private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,13}");
  private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
  private static final Pattern GSTIN =
      Pattern.compile("\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

  private LegalMapper() {}

  static TenantManifest.Legal tenant(ManifestNode node, String country) {
    ManifestMap map = node.map("siren", "siret", "vatNumber", "pan", "gstins");
    String siren = siren(map);
    String siret = siret(map, siren);
    String vatNumber = vatNumber(map, siren);
    String pan =
        map.get("pan")
            .textOr(PAN, "must be a PAN: 5 letters, 4 digits and a letter (AAHCB4817K)", null);
    Map<String, String> gstins = gstins(map.get("gstins"), pan);
    if ("FR".equals(country)) {
      requireFor(map.get("siren"), siren, country);
      requireFor(map.get("vatNumber"), vatNumber, country);
    }
    if ("IN".equals(country)) {
      requireFor(map.get("pan"), pan, country);
      if (gstins.isEmpty()) {
        throw map.get("gstins").problem("at least one GSTIN is required for a tenant in IN");
      }
    }
    return new TenantManifest.Legal(siren, siret, vatNumber, pan, new TreeMap<>(gstins));
  }

  static CompanyManifest.Legal company(ManifestNode node) {
    if (!node.isPresent()) {
      return null;
    }
    ManifestMap map = node.map("siren", "siret", "vatNumber", "gstin");
    String siren = siren(map);
    String siret = siret(map, siren);
    String vatNumber = vatNumber(map, siren);
    String gstin = map.get("gstin").textOr(GSTIN, gstinFormat(), null);
    if (gstin != null && (siren != null || siret != null)) {
      throw map.get("gstin").problem("either French identifiers or a GSTIN, not both");
    }
    return new CompanyManifest.Legal(siren, siret, vatNumber, gstin);
  }

  private static String siren(ManifestMap map) {
    return map.get("siren").textOr(SIREN, "must be 9 digits", null);
  }

  private static String siret(ManifestMap map, String siren) {
    ManifestNode node = map.get("siret");
    String siret = node.textOr(SIRET, "must be 14 digits", null);
    if (siret != null && siren == null) {
      throw node.problem("needs the siren it starts with");
    }
    if (siret != null && !siret.startsWith(siren)) {
      throw node.problem("must start with the SIREN " + siren);
    }
    return siret;
  }

  /** A French number is FR, a two-digit key computed from the SIREN, then the SIREN. */
  private static String vatNumber(ManifestMap map, String siren) {
    ManifestNode node = map.get("vatNumber");
    String vatNumber =
        node.textOr(VAT, "must be a VAT number: country code then 2 to 13 letters or digits", null);
    if (vatNumber != null && siren != null && vatNumber.startsWith("FR")) {
      long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
      String expected = String.format("FR%02d%s", key, siren);
      if (!vatNumber.equals(expected)) {
        throw node.problem("does not match the SIREN " + siren + " (expected " + expected + ")");
      }
    }
    return vatNumber;
  }

  /** State code to GSTIN; a GSTIN is the state code, the PAN, an entity number, Z, a check. */
  private static Map<String, String> gstins(ManifestNode node, String pan) {
    Map<String, String> gstins = new TreeMap<>();
    if (!node.isPresent()) {
      return gstins;
    }
    for (Map.Entry<String, ManifestNode> entry : node.map().entries()) {
      String state = entry.getKey();
      ManifestNode value = entry.getValue();
      if (!STATE_CODE.matcher(state).matches()) {
        throw value.problem("the key must be a two-digit state code such as 29 (Karnataka)");
      }
      String gstin = value.text(GSTIN, gstinFormat());
      if (!gstin.startsWith(state)) {
        throw value.problem("must start with its state code " + state);
      }
      if (pan == null) {
        throw value.problem("needs legal.pan, which every GSTIN contains");
      }
      if (!gstin.substring(2, 12).equals(pan)) {
        throw value.problem("must contain the PAN " + pan + " after the state code");
      }
      gstins.put(state, gstin);
    }
    return gstins;
  }

  private static String gstinFormat() {
    return "must be a GSTIN: state code, PAN, entity number, Z, check character (29AAHCB4817K1ZC)";
  }

  private static void requireFor(ManifestNode node, String value, String country) {
    if (value == null) {
      throw node.problem("is required for a tenant in " + country);
    }
  }
}

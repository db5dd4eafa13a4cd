package io.atrium.invoicing;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts each country requires on a document, checked on the parties as they will be printed.
 * France (CGI ann. II art. 242 nonies A, décret 2022-1299, BR-FR): the seller's name, address,
 * SIREN, SIRET starting with it and VAT number; a company buyer's name, address and, when French,
 * SIREN. India (CGST Rule 46): the seller's GSTIN, state and address; a registered buyer's GSTIN,
 * name and address; an unregistered one's name and address from ₹50,000.
 */
public final class MandatoryFacts {

  private static final BigDecimal UNREGISTERED_THRESHOLD = BigDecimal.valueOf(50_000);

  private MandatoryFacts() {}

  /** The missing facts (suffixes of {@code invoice.missing.*}), none when it may be issued. */
  public static List<String> missing(
      JsonObject seller, JsonObject buyer, boolean gst, BigDecimal gross) {
    List<String> missing = new ArrayList<>();
    require(missing, seller, "name", "seller-name");
    require(missing, seller, "line", "seller-address");
    require(missing, seller, "postalCode", "seller-postal-code");
    require(missing, seller, "city", "seller-city");
    require(missing, buyer, "name", "buyer-name");
    boolean company = "COMPANY".equals(Parties.get(buyer, "kind"));
    if (gst) {
      require(missing, seller, "gstin", "seller-gstin");
      require(missing, seller, "stateCode", "seller-state");
      boolean registered = Parties.get(buyer, "gstin") != null;
      if (registered || gross.compareTo(UNREGISTERED_THRESHOLD) >= 0) {
        require(missing, buyer, "line", "buyer-address");
        require(missing, buyer, "postalCode", "buyer-postal-code");
        require(missing, buyer, "city", "buyer-city");
      }
      return missing;
    }
    require(missing, seller, "siren", "seller-siren");
    require(missing, seller, "siret", "seller-siret");
    require(missing, seller, "vatNumber", "seller-vat-number");
    String siren = Parties.get(seller, "siren");
    String siret = Parties.get(seller, "siret");
    if (siren != null && siret != null && !siret.startsWith(siren)) {
      missing.add("seller-siret-of-siren");
    }
    if (company) {
      require(missing, buyer, "line", "buyer-address");
      require(missing, buyer, "postalCode", "buyer-postal-code");
      require(missing, buyer, "city", "buyer-city");
      String country = Parties.get(buyer, "country");
      if (country == null || "FR".equals(country)) {
        require(missing, buyer, "siren", "buyer-siren");
      }
    }
    return missing;
  }

  private static void require(List<String> missing, JsonObject party, String key, String fact) {
    if (Parties.get(party, key) == null) {
      missing.add(fact);
    }
  }
}

package io.atrium.invoicing;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * The seller and buyer as a document prints them, copied at issue as JSON (so a later change of a
 * company's address never alters an issued invoice). Keys: name, siren, siret, vatNumber, gstin,
 * stateCode, pan, line, postalCode, city, country, email; the buyer also has kind (COMPANY or
 * MEMBER).
 */
public final class Parties {

  private Parties() {}

  /** The tenant as legal entity, at the centre's address (and, in India, with its GSTIN). */
  public static JsonObject seller(Tenant tenant, Centre centre) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    put(b, "name", tenant.getLegalName());
    put(b, "siren", tenant.getSiren());
    put(b, "siret", tenant.getSiret());
    put(b, "vatNumber", tenant.getVatNumber());
    put(b, "pan", tenant.getPan());
    if (centre.getTaxScheme() == TaxScheme.GST) {
      put(b, "gstin", centre.getGstin());
      put(b, "stateCode", centre.getGstStateCode());
    }
    put(b, "line", centre.getAddressLine());
    put(b, "postalCode", centre.getPostalCode());
    put(b, "city", centre.getCity());
    put(b, "country", centre.getCountry());
    put(b, "mentions", tenant.getInvoiceMentions());
    return b.build();
  }

  /** A client company at its billing address. */
  public static JsonObject buyer(Company company) {
    JsonObjectBuilder b = JSON.createObjectBuilder().add("kind", "COMPANY");
    put(b, "name", company.getName());
    put(b, "siren", company.getSiren());
    put(b, "siret", company.getSiret());
    put(b, "vatNumber", company.getVatNumber());
    put(b, "gstin", company.getGstin());
    put(b, "stateCode", stateOf(company.getGstin()));
    put(b, "line", company.getBillingLine());
    put(b, "postalCode", company.getBillingPostalCode());
    put(b, "city", company.getBillingCity());
    put(b, "country", company.getBillingCountry());
    put(b, "email", company.getEmail());
    return b.build();
  }

  /** An on-demand member (a private customer): a B2C document. */
  public static JsonObject buyer(Member member) {
    JsonObjectBuilder b = JSON.createObjectBuilder().add("kind", "MEMBER");
    put(b, "name", member.getFullName());
    put(b, "email", member.getEmail());
    return b.build();
  }

  /** The GST state code a GSTIN starts with, or null. */
  public static String stateOf(String gstin) {
    return gstin != null && gstin.length() >= 2 ? gstin.substring(0, 2) : null;
  }

  public static JsonObject read(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json == null ? "{}" : json))) {
      return reader.readObject();
    }
  }

  /** A key of a party, or null when absent. */
  public static String get(JsonObject party, String key) {
    return party.containsKey(key) && !party.isNull(key) ? party.getString(key) : null;
  }

  private static void put(JsonObjectBuilder b, String key, String value) {
    if (value != null && !value.isBlank()) {
      b.add(key, value.strip());
    }
  }
}

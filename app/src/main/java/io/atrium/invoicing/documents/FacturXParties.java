package io.atrium.invoicing.documents;

import jakarta.json.JsonObject;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;

/**
 * The seller and buyer of a Factur-X document, from the parties copied at issue. Identifiers: SIREN
 * as legal registration (scheme 0002), SIRET as global id (0009), VAT number. Electronic addresses
 * (BT-34, BT-49, required by BR-FR): the SIREN under scheme 0225 (the French e-invoicing
 * directory's addressing), else the buyer's e-mail (EM). A document entirely outside the scope of
 * VAT (a security deposit, category O) carries no VAT identifiers, as BR-O-2 demands.
 */
final class FacturXParties {

  private FacturXParties() {}

  static TradeParty seller(DocumentFacts facts, boolean outsideScope) {
    return party(facts, facts.seller(), outsideScope);
  }

  static TradeParty buyer(DocumentFacts facts, boolean outsideScope) {
    return party(facts, facts.buyer(), outsideScope);
  }

  private static TradeParty party(DocumentFacts facts, JsonObject json, boolean outsideScope) {
    String name = facts.party(json, "name");
    String country = facts.party(json, "country");
    TradeParty party =
        new TradeParty(
            name,
            facts.party(json, "line"),
            facts.party(json, "postalCode"),
            facts.party(json, "city"),
            country == null ? "FR" : country);
    String siren = facts.party(json, "siren");
    String siret = facts.party(json, "siret");
    String vat = facts.party(json, "vatNumber");
    String email = facts.party(json, "email");
    if (siren != null) {
      party.setLegalOrganisation(new LegalOrganisation(new SchemedID("0002", siren), name));
      party.addUriUniversalCommunicationID(new SchemedID("0225", siren));
    } else if (email != null) {
      party.addUriUniversalCommunicationID(new SchemedID("EM", email));
    }
    if (siret != null) {
      party.addGlobalID(new SchemedID("0009", siret));
    }
    if (vat != null && !outsideScope) {
      party.addVATID(vat);
    }
    return party;
  }
}

package io.atrium.consumptions;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.catalogue.CataloguePrices;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a consumption's details and resolves its ids: every id is looked up in the tenant (another
 * tenant's, or a centre the caller does not see, is "unknown", like a wrong one), the payer is one
 * company or one member, the contract is the payer's at that centre, and a price left empty is the
 * catalogue's in the centre on the day consumed. All errors are reported at once.
 */
@ApplicationScoped
public class ConsumptionRules {

  static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");

  static final BigDecimal MAX_PRICE = new BigDecimal("999999999999");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject CataloguePrices prices;

  /** The checked consumption's parts; applied to the entity by {@link #apply}. */
  record Checked(
      Centre centre,
      Company company,
      Member member,
      CatalogueItem item,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      ConsumptionDetails details) {}

  public Checked check(ConsumptionDetails d) {
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = d.centreId() == null ? null : em.find(Centre.class, d.centreId());
    if (centre == null || !caller.centres().allows(centre.getId())) {
      errors.put(
          "centreId",
          d.centreId() == null ? "consumption.centre.required" : "consumption.centre.unknown");
      centre = null;
    }
    Company company = d.companyId() == null ? null : em.find(Company.class, d.companyId());
    Member member = d.memberId() == null ? null : em.find(Member.class, d.memberId());
    if (d.companyId() != null && company == null) {
      errors.put("companyId", "consumption.payer.unknown");
    } else if (d.memberId() != null && member == null) {
      errors.put("memberId", "consumption.payer.unknown");
    } else if ((company == null) == (member == null)) {
      errors.put("companyId", "consumption.payer.one");
    }
    CatalogueItem item = d.itemId() == null ? null : em.find(CatalogueItem.class, d.itemId());
    if (item == null) {
      errors.put(
          "itemId", d.itemId() == null ? "consumption.item.required" : "consumption.item.unknown");
    } else if (centre != null && !item.isOfferedIn(centre.getId())) {
      errors.put("itemId", "consumption.item.not-offered");
    }
    if (d.quantity() == null) {
      errors.put("quantity", "consumption.quantity.required");
    } else if (d.quantity().signum() <= 0
        || d.quantity().compareTo(MAX_QUANTITY) > 0
        || d.quantity().stripTrailingZeros().scale() > 3) {
      errors.put("quantity", "consumption.quantity.invalid");
    }
    if (d.unitPrice() != null
        && (d.unitPrice().signum() < 0
            || d.unitPrice().compareTo(MAX_PRICE) > 0
            || d.unitPrice().stripTrailingZeros().scale() > 2)) {
      errors.put("unitPrice", "consumption.unitPrice.invalid");
    }
    BigDecimal discount = d.discountPercent() == null ? BigDecimal.ZERO : d.discountPercent();
    if (discount.signum() < 0
        || discount.compareTo(new BigDecimal("100")) > 0
        || discount.stripTrailingZeros().scale() > 2) {
      errors.put("discountPercent", "consumption.discount.invalid");
    }
    if (d.consumedOn() == null) {
      errors.put("consumedOn", "consumption.date.required");
    }
    String description = d.description() == null ? "" : d.description().strip();
    if (description.length() > 300) {
      errors.put("description", "consumption.description.long");
    }
    if (d.contractId() != null && errors.isEmpty()) {
      // Read as a row: contracts call consumptions (a contract's tab), so not the other way.
      List<?> payer =
          em.createNativeQuery(
                  "SELECT 1 FROM contract WHERE id = ?1 AND centre_id = ?2"
                      + " AND coalesce(company_id, 0) = ?3 AND coalesce(member_id, 0) = ?4")
              .setParameter(1, d.contractId())
              .setParameter(2, centre.getId())
              .setParameter(3, company == null ? 0L : company.getId())
              .setParameter(4, member == null ? 0L : member.getId())
              .getResultList();
      if (payer.isEmpty()) {
        errors.put("contractId", "consumption.contract.unknown");
      }
    }
    BigDecimal unitPrice = d.unitPrice();
    if (unitPrice == null && errors.isEmpty()) {
      unitPrice =
          prices.on(item, centre, d.consumedOn()).map(CataloguePrice::getUnitPrice).orElse(null);
      if (unitPrice == null) {
        errors.put("unitPrice", "consumption.unitPrice.none");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    if (description.isEmpty()) {
      description = "fr".equals(language(company, member)) ? item.getNameFr() : item.getNameEn();
    }
    // The catalogue keeps 4 decimals; an invoice line's unit price has 2 (half up, as TaxLines).
    return new Checked(
        centre,
        company,
        member,
        item,
        description,
        d.quantity().setScale(3, RoundingMode.HALF_UP),
        unitPrice.setScale(2, RoundingMode.HALF_UP),
        discount.setScale(2, RoundingMode.HALF_UP),
        d);
  }

  public void apply(Checked c, Consumption consumption) {
    consumption.setCompany(c.company());
    consumption.setMember(c.member());
    consumption.setItem(c.item());
    consumption.setDescription(c.description());
    consumption.setQuantity(c.quantity());
    consumption.setUnitPrice(c.unitPrice());
    consumption.setDiscountPercent(c.discountPercent());
    consumption.setConsumedOn(c.details().consumedOn());
    consumption.setContractId(c.details().contractId());
  }

  private static String language(Company company, Member member) {
    if (member != null) {
      return member.getLanguage();
    }
    return company.getMainContact() == null ? "fr" : company.getMainContact().getLanguage();
  }
}

package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.catalogue.CataloguePrices;
import io.atrium.directory.Company;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TaxScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/**
 * The one pricing service (001 §17): reads the price, the reference price per m², the centre's grid
 * and the tax rule from the database, and lets {@link PriceCalculator} do the arithmetic. Every
 * priced document (price quotes, later bookings, contracts and invoices) calls it.
 *
 * <p>A space is priced by its catalogue item's price on the period's first day; when that item is
 * sold by the m², or the space has none, by the centre's reference price per m² times the space's
 * area. The period's end is checked but does not change the amount: the quantity does.
 */
@ApplicationScoped
public class Pricing {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject CataloguePrices prices;

  @Inject PricingRules rules;

  /**
   * The breakdown for staff holding pricing:read (the calculator of the rules pages, the API).
   *
   * @throws NotFoundException for a centre, item, space or company the caller cannot see
   * @throws InvalidFieldsException naming the field the price cannot be made from
   */
  @Transactional
  public Breakdown quote(PricingRequest request) {
    caller.require(Area.PRICING, Action.READ);
    return price(request);
  }

  /**
   * The breakdown for capabilities that checked their own rights (quotes, bookings...): only the
   * tenant and the caller's centres limit what can be priced.
   */
  @Transactional
  public Breakdown price(PricingRequest request) {
    if (request.centreId() == null) {
      throw InvalidFieldsException.of("centre", "pricing.refused.centre");
    }
    Centre centre = visible(em.find(Centre.class, request.centreId()));
    if ((request.itemId() == null) == (request.spaceId() == null)) {
      throw InvalidFieldsException.of("item", "pricing.refused.itemOrSpace");
    }
    int months = request.commitmentMonths() == null ? 0 : request.commitmentMonths();
    if (!Commitments.known(months)) {
      throw InvalidFieldsException.of("commitment", "pricing.refused.commitment");
    }
    if (request.from() == null) {
      throw InvalidFieldsException.of("from", "pricing.refused.from");
    }
    if (request.to() != null && request.to().isBefore(request.from())) {
      throw InvalidFieldsException.of("to", "pricing.refused.period");
    }
    Company buyer = request.companyId() == null ? null : company(request.companyId());
    Space space = request.spaceId() == null ? null : space(request.spaceId(), centre);
    CatalogueItem item = space != null ? space.getCatalogueItem() : item(request.itemId());
    if (item != null) {
      offered(item, centre, space == null ? "item" : "space");
    }
    boolean bySqm = space != null && (item == null || item.getUnit() == CatalogueItem.Unit.SQM);
    BigDecimal unitPrice = bySqm ? referencePrice(centre, space) : itemPrice(item, centre, request);
    Space.Kind kind = space != null ? space.getKind() : SpaceKinds.of(item.getServiceType());
    GridRule grid =
        GridRule.pick(rules.gridOf(centre), item == null ? null : item.getId(), kind, months)
            .orElse(null);
    return PriceCalculator.calculate(
        new PricingInput(
            centre.getCurrency(),
            unitPrice,
            bySqm ? space.getAreaSqm() : null,
            space != null ? space.getName() : item.getCode(),
            request.quantity() == null ? BigDecimal.ONE : request.quantity(),
            grid,
            request.discountPercent(),
            tax(centre, item, buyer)));
  }

  private Centre visible(Centre centre) {
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }

  private Company company(long id) {
    Company company = em.find(Company.class, id);
    if (company == null
        || company.getHomeCentre() != null
            && !caller.centres().allows(company.getHomeCentre().getId())) {
      throw new NotFoundException();
    }
    return company;
  }

  private Space space(long id, Centre centre) {
    Space space = em.find(Space.class, id);
    if (space == null || !caller.centres().allows(space.getCentre().getId())) {
      throw new NotFoundException();
    }
    if (!space.getCentre().equals(centre)) {
      throw InvalidFieldsException.of("space", "pricing.refused.spaceElsewhere");
    }
    return space;
  }

  private CatalogueItem item(long id) {
    CatalogueItem item = em.find(CatalogueItem.class, id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  private static void offered(CatalogueItem item, Centre centre, String field) {
    if (!item.isActive()) {
      throw InvalidFieldsException.of(field, "pricing.refused.inactive");
    }
    if (!item.isOfferedIn(centre.getId())) {
      throw InvalidFieldsException.of(field, "pricing.refused.notOffered");
    }
  }

  private BigDecimal referencePrice(Centre centre, Space space) {
    if (space.getAreaSqm() == null) {
      throw InvalidFieldsException.of("space", "pricing.refused.noArea");
    }
    return rules
        .referencePriceOf(centre)
        .map(CentrePricing::getPricePerSqm)
        .orElseThrow(() -> InvalidFieldsException.of("space", "pricing.refused.noReferencePrice"));
  }

  private BigDecimal itemPrice(CatalogueItem item, Centre centre, PricingRequest request) {
    return prices
        .on(item, centre, request.from())
        .map(CataloguePrice::getUnitPrice)
        .orElseThrow(() -> InvalidFieldsException.of("from", "pricing.refused.noPrice"));
  }

  /** The item's rate (the centre's when a space has no item); GST by the buyer's GSTIN state. */
  private static TaxRule tax(Centre centre, CatalogueItem item, Company buyer) {
    BigDecimal rate = item != null ? item.getTaxRate() : centre.getTaxRate();
    if (centre.getTaxScheme() == TaxScheme.GST) {
      String gstin = buyer == null ? null : buyer.getGstin();
      return TaxRule.gst(
          rate,
          item == null || item.isSupplyAtProperty(),
          centre.getGstStateCode(),
          gstin == null || gstin.length() < 2 ? null : gstin.substring(0, 2));
    }
    return TaxRule.vat(rate, item == null ? "S" : item.getVatCategory());
  }
}

package io.atrium.contracts;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.Caller;
import io.atrium.pricing.Breakdown;
import io.atrium.pricing.BreakdownLine;
import io.atrium.pricing.Pricing;
import io.atrium.pricing.PricingRequest;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prices a draft's lines through the one pricing service, for the contract's commitment and start
 * day, and keeps what it answered: the monthly unit price after the grid and before the discount,
 * and the discount. A line is a main service (optionally with a space of the centre) or a monthly
 * option, of an active item offered in the centre.
 */
@ApplicationScoped
class ContractPricer {

  static final int MAX_LINES = 50;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999.99");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Pricing pricing;

  @Inject Tenancy tenancy;

  List<PricedLine> price(Centre centre, Company company, ContractDraft draft) {
    if (draft.getLines().size() > MAX_LINES) {
      throw InvalidFieldsException.of("lines", "contract.lines.tooMany");
    }
    Locale locale = Locale.forLanguageTag(tenantLanguage());
    List<PricedLine> priced = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < draft.getLines().size(); i++) {
      String field = "lines[" + i + "]";
      ContractDraft.Line line = draft.getLines().get(i);
      if (line == null) {
        errors.put(field, "contract.line.itemRequired");
        continue;
      }
      Space space = line.getSpaceId() == null ? null : space(line.getSpaceId());
      CatalogueItem item =
          line.getItemId() != null
              ? item(line.getItemId())
              : space != null ? space.getCatalogueItem() : null;
      String error = refusal(centre, item, space, line);
      if (error != null) {
        errors.put(field, error);
        continue;
      }
      priced.add(price(centre, company, draft, item, space, line, locale, field, errors));
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return priced;
  }

  private PricedLine price(
      Centre centre,
      Company company,
      ContractDraft draft,
      CatalogueItem item,
      Space space,
      ContractDraft.Line line,
      Locale locale,
      String field,
      Map<String, String> errors) {
    BigDecimal quantity = line.getQuantity() == null ? BigDecimal.ONE : line.getQuantity();
    BigDecimal discount =
        line.getDiscountPercent() == null ? BigDecimal.ZERO : line.getDiscountPercent();
    PricingRequest request =
        (space != null
                ? PricingRequest.space(centre.getId(), space.getId(), draft.getStartDate())
                : PricingRequest.item(centre.getId(), item.getId(), draft.getStartDate()))
            .withCommitment(draft.getCommitmentMonths())
            .withQuantity(quantity)
            .withDiscount(discount)
            .forCompany(company == null ? null : company.getId());
    try {
      Breakdown breakdown = pricing.price(request);
      BigDecimal beforeDiscount =
          breakdown
              .amountOf(BreakdownLine.Kind.BASE)
              .add(breakdown.amountOf(BreakdownLine.Kind.GRID))
              .divide(quantity, 2, RoundingMode.HALF_UP);
      String name = item.name(locale);
      String description = space == null ? name : name + " · " + space.getName();
      return new PricedLine(
          item.getKind() == CatalogueItem.Kind.MAIN
              ? ContractLine.Kind.MAIN
              : ContractLine.Kind.OPTION,
          item,
          space,
          description.length() > 300 ? description.substring(0, 300) : description,
          quantity,
          beforeDiscount,
          discount,
          breakdown);
    } catch (InvalidFieldsException refused) {
      errors.put(field, refused.fieldKeys().values().iterator().next());
      return null;
    }
  }

  /** Why the line cannot be priced, as a bundle key; null when it can. */
  private static String refusal(
      Centre centre, CatalogueItem item, Space space, ContractDraft.Line line) {
    if (item == null) {
      return "contract.line.itemRequired";
    }
    if (!item.isOfferedIn(centre.getId())) {
      return "contract.line.notOffered";
    }
    if (!item.isActive()) {
      return "contract.line.inactive";
    }
    if (item.getKind() == CatalogueItem.Kind.CONSUMPTION) {
      return "contract.line.notMonthly";
    }
    if (space != null && !space.getCentre().equals(centre)) {
      return "contract.line.spaceElsewhere";
    }
    if (space != null && item.getKind() != CatalogueItem.Kind.MAIN) {
      return "contract.line.spaceOnOption";
    }
    BigDecimal quantity = line.getQuantity();
    if (quantity != null
        && (quantity.signum() <= 0
            || quantity.scale() > 2
            || quantity.compareTo(MAX_QUANTITY) > 0)) {
      return "contract.line.quantityInvalid";
    }
    BigDecimal discount = line.getDiscountPercent();
    if (discount != null
        && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || discount.scale() > 2)) {
      return "contract.line.discountInvalid";
    }
    return null;
  }

  private CatalogueItem item(long id) {
    CatalogueItem item = em.find(CatalogueItem.class, id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  private Space space(long id) {
    Space space = em.find(Space.class, id);
    if (space == null || !caller.centres().allows(space.getCentre().getId())) {
      throw new NotFoundException();
    }
    return space;
  }

  private String tenantLanguage() {
    return em.find(Tenant.class, tenancy.currentTenantId().orElseThrow()).getDefaultLocale();
  }
}

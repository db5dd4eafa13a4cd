package io.atrium.pricing;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.CompanySearch;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpacesInCentre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/**
 * What the calculator offers in one of the caller's centres: the active catalogue items offered
 * there, its spaces, its client companies and the staff discounts the caller's roles may grant
 * there. A centre the caller does not see is not found.
 */
@ApplicationScoped
public class CalculatorChoices {

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject DiscountCeilings ceilings;

  @Inject ItemChoices items;

  @Inject SpacesInCentre spaces;

  @Inject Companies companies;

  /** The choices of one centre, read at once for the form. */
  public record Choices(
      List<CatalogueItem> items,
      List<Space> spaces,
      List<Company> companies,
      List<StaffDiscount> discounts)
      implements Serializable {

    public static final Choices NONE = new Choices(List.of(), List.of(), List.of(), List.of());
  }

  @Transactional
  public Choices in(long centreId) {
    AtriumPrincipal author = caller.require(Area.PRICING, Action.READ);
    long centre = centres.get(centreId).getId();
    List<Company> companies =
        caller.can("companies:read")
            ? this.companies.list(
                new CompanySearch(null, null, Company.Status.ACTIVE, centre, null, false), 0, 500)
            : List.of();
    return new Choices(
        items.offeredIn(centre),
        spaces.of(centre),
        companies,
        ceilings.grantable(author.personId(), centre));
  }

  /** The caller's ceiling, shown beside the discount. */
  @Transactional
  public java.math.BigDecimal ceiling() {
    return ceilings.ceilingOf(caller.require(Area.PRICING, Action.READ).personId());
  }
}

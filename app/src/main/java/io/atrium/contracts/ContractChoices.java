package io.atrium.contracts;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.CompanySearch;
import io.atrium.directory.Member;
import io.atrium.directory.OnDemandUsers;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Permission;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpacesInCentre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The choices of the contract editor: the caller's centres' active companies and on-demand members,
 * and a centre's monthly items (main services and options) and spaces.
 */
@ApplicationScoped
public class ContractChoices {

  private static final int MAX = 500;

  @Inject Caller caller;

  @Inject ItemChoices items;

  @Inject Companies companies;

  @Inject OnDemandUsers onDemand;

  @Inject SpacesInCentre spaces;

  /** The active companies of the caller's centres; none without companies:read. */
  @Transactional
  public List<Company> companies() {
    if (!mayReadDirectory()) {
      return List.of();
    }
    return companies.list(
        new CompanySearch(null, null, Company.Status.ACTIVE, null, CompanySearch.Order.NAME, false),
        0,
        MAX);
  }

  /** The on-demand members of the caller's centres; none without companies:read. */
  @Transactional
  public List<Member> onDemandMembers() {
    return mayReadDirectory() ? onDemand.list(null, 0, MAX) : List.of();
  }

  private boolean mayReadDirectory() {
    return caller.isStaff() && caller.may(Permission.of(Area.COMPANIES, Action.READ));
  }

  /** The active main services and monthly options the centre offers. */
  @Transactional
  public List<CatalogueItem> items(long centreId) {
    return items.offeredIn(centreId).stream()
        .filter(i -> i.getKind() != CatalogueItem.Kind.CONSUMPTION)
        .toList();
  }

  @Transactional
  public List<Space> spaces(long centreId) {
    return spaces.of(centreId);
  }
}

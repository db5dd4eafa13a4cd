package io.atrium.catalogue;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.Horizon;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sets an item's price in a centre from a day on (catalog:edit). The day is today or later on the
 * centre's clock: a past day would re-price what was already priced. A price that is not in force
 * yet may be replaced by another from the same day; one already in force never changes.
 */
@ApplicationScoped
public class PriceChanges {

  /** numeric(14, 4): ten digits before the decimal point. */
  private static final BigDecimal LIMIT = new BigDecimal("10000000000");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject CatalogueAccess access;

  @Inject CataloguePrices prices;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * @throws NotFoundException for an item or centre the caller may not see
   * @throws InvalidFieldsException naming every wrong field
   */
  @Transactional
  public CataloguePrice change(long itemId, PriceChange change) {
    CatalogueItem item = access.managed(itemId, Action.EDIT);
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = null;
    if (change.centreId() == null) {
      errors.put("centreId", "catalogue.required");
    } else {
      centre = em.find(Centre.class, change.centreId());
      if (centre == null || !caller.centres().allows(centre.getId())) {
        throw new NotFoundException();
      }
      if (!item.isOfferedIn(centre.getId())) {
        errors.put("centreId", "catalogue.price.notOffered");
      }
    }
    BigDecimal price = change.unitPrice();
    if (price == null) {
      errors.put("unitPrice", "catalogue.required");
    } else if (price.signum() < 0) {
      errors.put("unitPrice", "catalogue.price.negative");
    } else if (price.stripTrailingZeros().scale() > 4) {
      errors.put("unitPrice", "catalogue.price.decimals");
    } else if (price.compareTo(LIMIT) >= 0) {
      errors.put("unitPrice", "catalogue.price.tooLarge");
    }
    Optional<CataloguePrice> sameDay = Optional.empty();
    if (change.from() == null) {
      errors.put("from", "catalogue.required");
    } else if (centre != null) {
      LocalDate today = LocalDate.now(clock.withZone(centre.zone()));
      sameDay = prices.startingOn(item, centre, change.from());
      if (change.from().isBefore(today)) {
        errors.put("from", "catalogue.price.past");
      } else if (Horizon.beyond(change.from(), today)) {
        errors.put("from", Horizon.TOO_FAR);
      } else if (sameDay.isPresent() && !change.from().isAfter(today)) {
        errors.put("from", "catalogue.price.inForce");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    BigDecimal before =
        sameDay
            .or(() -> prices.on(item, centreOf(change), change.from()))
            .map(CataloguePrice::getUnitPrice)
            .orElse(null);
    sameDay.ifPresent(
        replaced -> {
          em.remove(replaced);
          em.flush(); // the new row takes the same (item, centre, day): the old one goes first
        });
    AtriumPrincipal actor = caller.getPrincipal();
    CataloguePrice created =
        new CataloguePrice(
            item,
            centreOf(change),
            change.from(),
            price.setScale(4),
            actor.personId(),
            actor.fullName(),
            clock.instant());
    em.persist(created);
    audit.record(
        "CatalogueItem",
        item.getId(),
        "PRICE",
        created.getCentre().getId(),
        Changes.of()
            .field("centre", null, created.getCentre().getLabel())
            .field("effectiveFrom", null, created.getEffectiveFrom())
            .field("unitPrice", amount(before, created), amount(price, created))
            .field("replaced", null, sameDay.isPresent() ? Boolean.TRUE : null));
    return created;
  }

  private Centre centreOf(PriceChange change) {
    return em.find(Centre.class, change.centreId());
  }

  private static String amount(BigDecimal value, CataloguePrice price) {
    return value == null
        ? null
        : value.stripTrailingZeros().toPlainString() + " " + price.getCurrency();
  }
}

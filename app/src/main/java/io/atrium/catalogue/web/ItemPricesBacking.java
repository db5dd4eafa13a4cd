package io.atrium.catalogue.web;

import io.atrium.catalogue.Catalogue;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.catalogue.PriceChange;
import io.atrium.catalogue.PriceChanges;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * An item's price history in the caller's centres (from, price, set by, set on; the price in force
 * marked) and the "new price from date" form, on the item's editor page.
 */
@Named
@ViewScoped
public class ItemPricesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Catalogue catalogue;

  @Inject PriceChanges priceChanges;

  @Inject Caller caller;

  @Inject Formats formats;

  @Inject
  @Param(name = "id", converter = "#{itemParam}")
  private CatalogueItem item;

  private List<CataloguePrice> history = List.of();
  private final Set<Long> inForce = new HashSet<>();
  private List<Centre> offeredIn = List.of();
  private Long centreId;
  private LocalDate from;
  private BigDecimal unitPrice;

  public void load() {
    if (item == null) {
      return;
    }
    offeredIn =
        item.getCentres().stream()
            .filter(c -> caller.centres().allows(c.getId()))
            .sorted(java.util.Comparator.comparing(Centre::getCode))
            .toList();
    if (centreId == null && offeredIn.size() == 1) {
      centreId = offeredIn.get(0).getId();
    }
    history = catalogue.history(item.getId());
    inForce.clear();
    Set<Long> seen = new HashSet<>();
    for (CataloguePrice p : history) { // by centre, newest first: the first started one is in force
      LocalDate today = LocalDate.now(p.getCentre().zone());
      if (!p.getEffectiveFrom().isAfter(today) && seen.add(p.getCentre().getId())) {
        inForce.add(p.getId());
      }
    }
  }

  public void setPrice() {
    try {
      CataloguePrice set =
          priceChanges.change(item.getId(), new PriceChange(centreId, from, unitPrice));
      Messages.addGlobalInfo("catalogue.price.saved", set.getCentre().getLabel());
      from = null;
      unitPrice = null;
      load();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "priceForm");
    }
  }

  public String priceText(CataloguePrice price) {
    return PriceTexts.price(formats, price);
  }

  /** When it was set, on its centre's clock. */
  public String setOn(CataloguePrice price) {
    return formats.dateTime(price.getCreatedAt(), price.getCentre().zone());
  }

  public boolean isInForce(CataloguePrice price) {
    return inForce.contains(price.getId());
  }

  public CatalogueItem getItem() {
    return item;
  }

  public List<CataloguePrice> getHistory() {
    return history;
  }

  public List<Centre> getOfferedIn() {
    return offeredIn;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(BigDecimal unitPrice) {
    this.unitPrice = unitPrice;
  }
}

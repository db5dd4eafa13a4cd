package io.atrium.pricing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.pricing.CentrePrices;
import io.atrium.shared.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Prix par centre: the caller's centres with their reference price per m² and month; staff with
 * pricing:edit pick a centre and set its price.
 */
@Named
@ViewScoped
public class CentrePricesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CentrePrices prices;

  @Inject Caller caller;

  private List<CentrePrices.Row> rows;
  private Long centreId;
  private BigDecimal price;

  public void open() {
    caller.require(Area.PRICING, Action.READ);
    rows = prices.list();
    if (rows.size() == 1) {
      edit(rows.get(0));
    }
  }

  /** Puts a row's centre and price in the form. */
  public void edit(CentrePrices.Row row) {
    centreId = row.centre().getId();
    price = row.pricePerSqm();
  }

  public void save() {
    try {
      var saved = prices.set(centreId, price);
      rows = prices.list();
      Messages.addGlobalInfo("pricing.centres.saved", saved.getCentre().getLabel());
    } catch (BusinessException refused) {
      RuleErrors.show(refused, "priceForm");
    }
  }

  public List<CentrePrices.Row> getRows() {
    return rows;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }
}

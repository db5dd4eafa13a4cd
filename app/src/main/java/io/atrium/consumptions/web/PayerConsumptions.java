package io.atrium.consumptions.web;

import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionSearch;
import io.atrium.consumptions.Consumptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "Consumptions" tab of a company's or a member's page: their latest consumptions in the
 * caller's centres, billed or not, with a link to the full list.
 */
@Named
@RequestScoped
public class PayerConsumptions {

  static final int SHOWN = 50;

  @Inject Consumptions consumptions;

  private List<Consumption> rows;

  public List<Consumption> ofCompany(long companyId) {
    if (rows == null) {
      rows =
          consumptions.list(
              new ConsumptionSearch(null, null, companyId, null, null, null), 0, SHOWN);
    }
    return rows;
  }

  public List<Consumption> ofMember(long memberId) {
    if (rows == null) {
      rows =
          consumptions.list(
              new ConsumptionSearch(null, null, null, memberId, null, null), 0, SHOWN);
    }
    return rows;
  }
}

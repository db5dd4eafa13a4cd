package io.atrium.consumptions;

import io.atrium.shared.BusinessException;

/**
 * A consumption already on an invoice cannot be changed, removed or billed again (a second click on
 * «Générer une facture» lands here, not on a second invoice).
 */
public class ConsumptionBilledException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConsumptionBilledException() {
    super(409, "consumption.refused.billed");
  }
}

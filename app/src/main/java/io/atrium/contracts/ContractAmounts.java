package io.atrium.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A contract's monthly amounts net of tax, as its lines were priced. */
public final class ContractAmounts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ContractAmounts() {}

  /** One line's month: unit price × quantity, less its discount, to the cent. */
  public static BigDecimal monthly(ContractLine line) {
    BigDecimal gross = line.getUnitPrice().multiply(line.getQuantity());
    BigDecimal discount =
        gross.multiply(line.getDiscountPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    return gross.setScale(2, RoundingMode.HALF_UP).subtract(discount);
  }

  /** The whole contract's month, net of tax. */
  public static BigDecimal monthly(Contract contract) {
    return contract.getLines().stream()
        .map(ContractAmounts::monthly)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}

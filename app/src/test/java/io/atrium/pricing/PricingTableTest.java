package io.atrium.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.pricing.BreakdownLine.Kind;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.spaces.Space;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pricing rules as a table, worked out by hand: every branch of the calculator for a French
 * centre (VAT 20 %, EUR) and an Indian one in Karnataka (state 29; GST 18 %: CGST 9 + SGST 9, or
 * IGST 18 %; INR). Each row is what a salesperson would read on the breakdown.
 */
class PricingTableTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                 |cur|unit  |area |qty|grid|months|coef|amount|disc|rate|property|buyer|base    |grid   |discount|net     |taxes                                          |gross    |rounding
      FR item price        |EUR|450   |-    |1  |-   |-     |-   |-     |0   |20  |true |-    |450.00  |0.00   |0.00    |450.00  |VAT_S=90.00                                    |540.00   |0.00
      FR space by m²       |EUR|42.50 |18.5 |1  |-   |-     |-   |-     |0   |20  |true |-    |786.25  |0.00   |0.00    |786.25  |VAT_S=157.25                                   |943.50   |0.00
      FR grid any ×        |EUR|300   |-    |1  |ANY |12    |0.9 |-     |0   |20  |true |-    |300.00  |-30.00 |0.00    |270.00  |VAT_S=54.00                                    |324.00   |0.00
      FR grid kind +       |EUR|300   |-    |2  |KIND|6     |-   |-25   |0   |20  |true |-    |600.00  |-50.00 |0.00    |550.00  |VAT_S=110.00                                   |660.00   |0.00
      FR grid item ×       |EUR|199.99|-    |1  |ITEM|3     |1.1 |-     |0   |20  |true |-    |199.99  |20.00  |0.00    |219.99  |VAT_S=44.00                                    |263.99   |0.00
      FR discount under    |EUR|250   |-    |1  |-   |-     |-   |-     |12.5|20  |true |-    |250.00  |0.00   |-31.25  |218.75  |VAT_S=43.75                                    |262.50   |0.00
      FR discount exact 100|EUR|250   |-    |1  |-   |-     |-   |-     |100 |20  |true |-    |250.00  |0.00   |-250.00 |0.00    |VAT_S=0.00                                     |0.00     |0.00
      FR discount half cent|EUR|10.10 |-    |1  |-   |-     |-   |-     |15  |20  |true |-    |10.10   |0.00   |-1.52   |8.58    |VAT_S=1.72                                     |10.30    |0.00
      FR half up per line  |EUR|0.125 |-    |1  |-   |-     |-   |-     |0   |20  |true |-    |0.13    |0.00   |0.00    |0.13    |VAT_S=0.03                                     |0.16     |0.01
      FR quantity 3        |EUR|4.35  |-    |3  |-   |-     |-   |-     |0   |20  |true |-    |13.05   |0.00   |0.00    |13.05   |VAT_S=2.61                                     |15.66    |0.00
      IN property, buyer 06|INR|12000 |-    |1  |-   |-     |-   |-     |0   |18  |true |06   |12000.00|0.00   |0.00    |12000.00|CGST_PROPERTY=1080.00;SGST_PROPERTY=1080.00    |14160.00 |0.00
      IN same state        |INR|5000  |-    |1  |-   |-     |-   |-     |0   |18  |false|29   |5000.00 |0.00   |0.00    |5000.00 |CGST_SAME_STATE=450.00;SGST_SAME_STATE=450.00  |5900.00  |0.00
      IN buyer unknown     |INR|5000  |-    |1  |-   |-     |-   |-     |0   |18  |false|-    |5000.00 |0.00   |0.00    |5000.00 |CGST_BUYER_UNKNOWN=450.00;SGST_BUYER_UNKNOWN=450.00|5900.00|0.00
      IN other state: IGST |INR|5000  |-    |1  |-   |-     |-   |-     |0   |18  |false|06   |5000.00 |0.00   |0.00    |5000.00 |IGST_INTER_STATE=900.00                        |5900.00  |0.00
      IN m² with grid ×    |INR|95    |120  |1  |ANY |12    |0.92|-     |0   |18  |true |-    |11400.00|-912.00|0.00    |10488.00|CGST_PROPERTY=943.92;SGST_PROPERTY=943.92      |12375.84 |0.00
      IN half up per rate  |INR|0.25  |-    |1  |-   |-     |-   |-     |0   |18  |true |-    |0.25    |0.00   |0.00    |0.25    |CGST_PROPERTY=0.02;SGST_PROPERTY=0.02          |0.29     |-0.01
      IN item + and 10 %   |INR|1500  |-    |10 |ITEM|0     |-   |-100  |10  |18  |true |29   |15000.00|-1000.00|-1400.00|12600.00|CGST_PROPERTY=1134.00;SGST_PROPERTY=1134.00   |14868.00 |0.00
      """)
  void breakdown(
      String name,
      String currency,
      BigDecimal unitPrice,
      BigDecimal area,
      BigDecimal quantity,
      String gridScope,
      Integer months,
      BigDecimal coefficient,
      BigDecimal amount,
      BigDecimal discount,
      BigDecimal rate,
      boolean property,
      String buyerState,
      String base,
      String grid,
      String discountLine,
      String net,
      String taxes,
      String gross,
      String rounding) {
    TaxRule tax =
        "EUR".equals(currency)
            ? TaxRule.vat(rate, "S")
            : TaxRule.gst(rate, property, "29", buyerState);
    Breakdown breakdown =
        PriceCalculator.calculate(
            new PricingInput(
                currency,
                unitPrice,
                area,
                "ITEM1",
                quantity,
                rule(gridScope, months, coefficient, amount),
                discount,
                tax));

    assertEquals(currency, breakdown.currency());
    assertEquals(new BigDecimal(base), breakdown.amountOf(Kind.BASE), "base");
    assertEquals(new BigDecimal(grid), breakdown.amountOf(Kind.GRID), "grid");
    assertEquals(new BigDecimal(discountLine), breakdown.amountOf(Kind.DISCOUNT), "discount");
    assertEquals(new BigDecimal(net), breakdown.net(), "net");
    assertEquals(new BigDecimal(net), breakdown.amountOf(Kind.NET), "net line");
    assertEquals(
        taxes,
        breakdown.linesOf(Kind.TAX).stream()
            .map(line -> line.rule() + "=" + line.amount().toPlainString())
            .collect(Collectors.joining(";")),
        "tax per rate");
    assertEquals(new BigDecimal(gross), breakdown.gross(), "gross");
    assertEquals(new BigDecimal(gross), breakdown.net().add(breakdown.tax()), "net + tax");
    assertEquals(new BigDecimal(rounding), breakdown.rounding(), "rounding");
    assertEquals(
        area == null ? "ITEM_PRICE" : "SQM_REFERENCE",
        breakdown.linesOf(Kind.BASE).get(0).rule(),
        "base rule");
    breakdown
        .lines()
        .forEach(line -> assertEquals("pricing.rule." + line.rule(), line.messageKey()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                          |qty|discount|coef|amount|field
      zero quantity                   |0  |0       |-   |-     |quantity
      negative quantity               |-1 |0       |-   |-     |quantity
      discount over 100               |1  |100.01  |-   |-     |discount
      negative discount               |1  |-5      |-   |-     |discount
      grid amount below zero          |1  |0       |-   |-500  |grid
      """)
  void refusals(
      String name,
      BigDecimal quantity,
      BigDecimal discount,
      BigDecimal coefficient,
      BigDecimal amount,
      String field) {
    PricingInput input =
        new PricingInput(
            "EUR",
            new BigDecimal("100"),
            null,
            "ITEM1",
            quantity,
            rule(amount == null ? null : "ANY", 0, coefficient, amount),
            discount,
            TaxRule.vat(new BigDecimal("20"), "S"));
    InvalidFieldsException refused =
        assertThrows(InvalidFieldsException.class, () -> PriceCalculator.calculate(input));
    assertEquals(List.of(field), List.copyOf(refused.fieldKeys().keySet()));
  }

  /**
   * The grid line that applies: the most specific matching line (item, then space kind, then any),
   * and among those the longest commitment the requested one reaches.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                               |item|kind          |months|picked
      nothing reached: no line             |7   |MEETING_ROOM  |0     |-
      any, longest reached                 |9   |PARKING_SPOT  |24    |any-12
      any, exact length                    |9   |PARKING_SPOT  |12    |any-12
      any, below next length               |9   |PARKING_SPOT  |11    |any-3
      kind beats any                       |9   |PRIVATE_OFFICE|36    |kind-6
      item beats kind                      |7   |PRIVATE_OFFICE|12    |item-12
      item and kind beat item alone        |7   |DEDICATED_DESK|12    |item+kind-0
      item line not reached yet            |7   |PRIVATE_OFFICE|6     |kind-6
      commitment 0 reaches only 0          |9   |HOT_DESK_ZONE |0     |-
      """)
  void gridLineThatApplies(String name, Long item, Space.Kind kind, int months, String picked) {
    List<GridRule> rules =
        List.of(
            new GridRule("any-3", null, null, 3, new BigDecimal("0.97"), null),
            new GridRule("any-12", null, null, 12, new BigDecimal("0.9"), null),
            new GridRule("kind-6", null, Space.Kind.PRIVATE_OFFICE, 6, null, new BigDecimal("-5")),
            new GridRule("item-12", 7L, null, 12, new BigDecimal("0.8"), null),
            new GridRule(
                "item+kind-0", 7L, Space.Kind.DEDICATED_DESK, 0, new BigDecimal("1.2"), null),
            new GridRule("other-item-0", 8L, null, 0, new BigDecimal("2"), null));
    assertEquals(
        picked, GridRule.pick(rules, item, kind, months).map(GridRule::gridName).orElse(null));
  }

  private static GridRule rule(
      String scope, Integer months, BigDecimal coefficient, BigDecimal amount) {
    if (scope == null) {
      return null;
    }
    return new GridRule(
        "Standard",
        "ITEM".equals(scope) ? 1L : null,
        "KIND".equals(scope) ? Space.Kind.PRIVATE_OFFICE : null,
        months,
        coefficient,
        amount);
  }
}

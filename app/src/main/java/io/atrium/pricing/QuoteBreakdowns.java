package io.atrium.pricing;

import static io.atrium.shared.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * A price quote's breakdown as stored: the pricing service's answer written out as JSON when the
 * quote is saved, so a later price or rule change never alters a quote. Rules are kept as codes,
 * bundle keys and plain arguments, so each reader still sees them in their own language.
 */
final class QuoteBreakdowns {

  private QuoteBreakdowns() {}

  static String write(Breakdown breakdown) {
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (BreakdownLine line : breakdown.lines()) {
      var written =
          JSON.createObjectBuilder()
              .add("kind", line.kind().name())
              .add("rule", line.rule())
              .add("messageKey", line.messageKey())
              .add("arguments", JSON.createArrayBuilder(line.arguments()))
              .add("amount", line.amount().toPlainString());
      if (line.taxRate() != null) {
        written.add("taxRate", line.taxRate().toPlainString());
      }
      lines.add(written);
    }
    return JSON.createObjectBuilder()
        .add("currency", breakdown.currency())
        .add("net", breakdown.net().toPlainString())
        .add("tax", breakdown.tax().toPlainString())
        .add("gross", breakdown.gross().toPlainString())
        .add("rounding", breakdown.rounding().toPlainString())
        .add("lines", lines)
        .build()
        .toString();
  }

  static Breakdown read(String json) {
    JsonObject stored = JSON.createReader(new StringReader(json)).readObject();
    List<BreakdownLine> lines =
        stored.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .map(QuoteBreakdowns::line)
            .toList();
    return new Breakdown(
        stored.getString("currency"),
        lines,
        new BigDecimal(stored.getString("net")),
        new BigDecimal(stored.getString("tax")),
        new BigDecimal(stored.getString("gross")),
        new BigDecimal(stored.getString("rounding")));
  }

  private static BreakdownLine line(JsonObject line) {
    return new BreakdownLine(
        BreakdownLine.Kind.valueOf(line.getString("kind")),
        line.getString("rule"),
        line.getString("messageKey"),
        line.getJsonArray("arguments").stream()
            .map(
                v ->
                    v.getValueType() == JsonValue.ValueType.STRING
                        ? ((JsonString) v).getString()
                        : v.toString())
            .toList(),
        new BigDecimal(line.getString("amount")),
        line.containsKey("taxRate") ? new BigDecimal(line.getString("taxRate")) : null);
  }
}

package io.atrium.pricing.api;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of GET /api/pricing/quote: the fields of {@link QuoteForm}, as text. */
public class QuoteQuery {

  @QueryParam("centre")
  @Parameter(description = "one of the caller's centres", required = true)
  @Text(max = 20)
  String centre;

  @QueryParam("item")
  @Parameter(description = "a catalogue item offered in the centre; or space")
  @Text(max = 20)
  String item;

  @QueryParam("space")
  @Parameter(description = "a space of the centre; or item")
  @Text(max = 20)
  String space;

  @QueryParam("commitment")
  @Parameter(description = "months: 0, 3, 6, 12, 24 or 36")
  @Text(max = 20)
  String commitment;

  @QueryParam("quantity")
  @Parameter(description = "units, a decimal; 1 when absent")
  @Text(max = 20)
  String quantity;

  @QueryParam("from")
  @Parameter(description = "first day, 2026-07-01", required = true)
  @Text(max = 10)
  String from;

  @QueryParam("to")
  @Parameter(description = "last day, on or after from")
  @Text(max = 10)
  String to;

  @QueryParam("discount")
  @Parameter(description = "percent from 0 to 100")
  @Text(max = 20)
  String discount;

  @QueryParam("company")
  @Parameter(description = "the buyer company")
  @Text(max = 20)
  String company;

  /** The form; a number that is not one is named among the invalid fields. */
  QuoteForm toForm() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    QuoteForm form =
        new QuoteForm(
            id(centre, "centre", unreadable),
            id(item, "item", unreadable),
            id(space, "space", unreadable),
            months(unreadable),
            quantity,
            from,
            to,
            discount,
            id(company, "company", unreadable));
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return form;
  }

  private static Long id(String text, String field, Map<String, String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      unreadable.put(field, "pricing.field.id");
      return null;
    }
  }

  private Integer months(Map<String, String> unreadable) {
    Long months = id(commitment, "commitment", unreadable);
    if (months != null && (months < 0 || months > 36)) {
      unreadable.put("commitment", "pricing.refused.commitment");
      return null;
    }
    return months == null ? null : months.intValue();
  }
}

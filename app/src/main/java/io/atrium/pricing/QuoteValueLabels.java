package io.atrium.pricing;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The states of quotes the audit log shows by their labels. */
@ApplicationScoped
public class QuoteValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of("PriceQuote.status", PriceQuote.Status.class);
  }
}

package io.atrium.catalogue;

import io.atrium.audit.ValueLabels;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The kinds, units and service types of catalogue items the audit log shows by their labels. */
@ApplicationScoped
public class CatalogueValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "CatalogueItem.kind",
        CatalogueItem.Kind.class,
        "CatalogueItem.unit",
        CatalogueItem.Unit.class,
        "CatalogueItem.serviceType",
        CatalogueItem.ServiceType.class);
  }
}

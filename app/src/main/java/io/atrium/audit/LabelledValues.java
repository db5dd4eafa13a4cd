package io.atrium.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The labelled enum fields of every capability ({@link ValueLabels}), for reading the log. */
@ApplicationScoped
public class LabelledValues {

  @Inject @Any Instance<ValueLabels> capabilities;

  private volatile Map<String, Class<? extends Enum<?>>> fields;

  /**
   * The bundle key of a recorded value's label, when the field holds a constant of a labelled enum;
   * empty for any other value, or a name the enum no longer has (the log outlives the code).
   */
  public Optional<String> labelKey(String entityType, String field, String value) {
    Class<? extends Enum<?>> type = fields().get(ValueLabels.key(entityType, field));
    if (type == null || value == null) {
      return Optional.empty();
    }
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return labelKeyOf(constant);
      }
    }
    return Optional.empty();
  }

  private Map<String, Class<? extends Enum<?>>> fields() {
    if (fields == null) {
      Map<String, Class<? extends Enum<?>>> all = new HashMap<>();
      capabilities.forEach(capability -> all.putAll(capability.labelledFields()));
      fields = Map.copyOf(all);
    }
    return fields;
  }

  private static Optional<String> labelKeyOf(Enum<?> constant) {
    // The enums share no interface: each capability's own declares getLabelKey().
    try {
      return Optional.of(
          (String) constant.getDeclaringClass().getMethod("getLabelKey").invoke(constant));
    } catch (ReflectiveOperationException | ClassCastException noLabel) {
      return Optional.empty();
    }
  }
}

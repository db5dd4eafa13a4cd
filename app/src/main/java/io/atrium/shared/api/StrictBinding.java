package io.atrium.shared.api;

import io.atrium.shared.InvalidFieldsException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a JSON object to a request record by its components' names and types, with no coercion: a
 * string is never read as a number or a boolean, a fraction never rounded to a whole number, an
 * unknown field never ignored. Every field in error is named, with why, in one refusal.
 */
final class StrictBinding {

  private StrictBinding() {}

  static <T> T bind(Class<T> type, JsonValue json) {
    if (json == null) {
      return null;
    }
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new UnreadableBodyException(400, "problem.detail.notObject");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    T bound = record(type, json.asJsonObject(), "", errors);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return bound;
  }

  private static <T> T record(
      Class<T> type, JsonObject json, String prefix, Map<String, String> errors) {
    RecordComponent[] components = type.getRecordComponents();
    for (String key : json.keySet()) {
      if (Arrays.stream(components).noneMatch(c -> c.getName().equals(key))) {
        errors.put(prefix + StrictJson.printable(key), "api.field.unknown");
      }
    }
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String field = prefix + component.getName();
      JsonValue value = json.getOrDefault(component.getName(), JsonValue.NULL);
      values[i] = convert(component.getGenericType(), value, field, errors);
      if (values[i] == null && component.getType().isPrimitive()) {
        if (json.containsKey(component.getName()) && !errors.containsKey(field)) {
          errors.put(field, "api.field.required");
        }
        values[i] = component.getType() == boolean.class ? Boolean.FALSE : zero(component);
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      Constructor<T> canonical =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getName(), e);
    }
  }

  private static Object zero(RecordComponent component) {
    return component.getType() == long.class ? (Object) 0L : (Object) 0;
  }

  private static Object convert(
      Type target, JsonValue value, String field, Map<String, String> errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (target == String.class) {
      if (value instanceof JsonString text) {
        return text.getString();
      }
      errors.put(field, "api.field.string");
      return null;
    }
    if (target == Long.class || target == long.class) {
      return whole(value, Long.MIN_VALUE, Long.MAX_VALUE, field, errors, BigDecimal::longValue);
    }
    if (target == Integer.class || target == int.class) {
      return whole(
          value, Integer.MIN_VALUE, Integer.MAX_VALUE, field, errors, BigDecimal::intValue);
    }
    if (target == BigDecimal.class) {
      // A decimal as a JSON number, at most 18 digits: money and percentages, never a float.
      if (value instanceof jakarta.json.JsonNumber number
          && number.bigDecimalValue().precision() <= 18) {
        return number.bigDecimalValue();
      }
      errors.put(field, "api.field.decimal");
      return null;
    }
    if (target == Boolean.class || target == boolean.class) {
      if (value.getValueType() == JsonValue.ValueType.TRUE) {
        return Boolean.TRUE;
      }
      if (value.getValueType() == JsonValue.ValueType.FALSE) {
        return Boolean.FALSE;
      }
      errors.put(field, "api.field.boolean");
      return null;
    }
    if (target instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (!(value instanceof JsonArray array)) {
        errors.put(field, "api.field.array");
        return null;
      }
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        Map<String, String> itemErrors = new LinkedHashMap<>();
        Object item = convert(list.getActualTypeArguments()[0], array.get(i), field, itemErrors);
        if (item == null) {
          errors.put(field, "api.field.array");
          return null;
        }
        items.add(item);
      }
      return List.copyOf(items);
    }
    if (target instanceof Class<?> nested && nested.isRecord()) {
      if (value instanceof JsonObject object) {
        return record(nested, object, field + ".", errors);
      }
      errors.put(field, "api.field.object");
      return null;
    }
    throw new IllegalStateException("No strict binding for " + target + " (" + field + ")");
  }

  private static Object whole(
      JsonValue value,
      long min,
      long max,
      String field,
      Map<String, String> errors,
      java.util.function.Function<BigDecimal, Object> exact) {
    if (value instanceof JsonNumber number) {
      BigDecimal decimal = number.bigDecimalValue();
      // precision - scale is the count of digits before the point: checked before any conversion,
      // so 1e999999999 is refused without being expanded.
      if (decimal.precision() - decimal.scale() <= 19) {
        decimal = decimal.stripTrailingZeros();
        if (decimal.scale() <= 0
            && decimal.compareTo(BigDecimal.valueOf(min)) >= 0
            && decimal.compareTo(BigDecimal.valueOf(max)) <= 0) {
          return exact.apply(decimal);
        }
      }
      if (decimal.signum() == 0) {
        return exact.apply(BigDecimal.ZERO);
      }
    }
    errors.put(field, "api.field.integer");
    return null;
  }
}

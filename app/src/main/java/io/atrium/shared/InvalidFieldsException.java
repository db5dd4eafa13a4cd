package io.atrium.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fields of a command broke rules that only the service can check (a duplicate e-mail, a centre of
 * another tenant). Field name to bundle key, shown beside each field.
 */
public class InvalidFieldsException extends BusinessException {

  private final Map<String, String> fieldKeys;

  public InvalidFieldsException(Map<String, String> fieldKeys) {
    super(400, "problem.detail.invalid");
    this.fieldKeys = new LinkedHashMap<>(fieldKeys);
  }

  public static InvalidFieldsException of(String field, String key) {
    return new InvalidFieldsException(Map.of(field, key));
  }

  /**
   * The same refusal with the named fields put under a nested object of the body ({@code email}
   * becomes {@code walkIn.email}), for an API whose service checks that object's fields bare.
   */
  public InvalidFieldsException nestedUnder(String object, Set<String> fields) {
    Map<String, String> renamed = new LinkedHashMap<>();
    fieldKeys.forEach(
        (field, key) -> renamed.put(fields.contains(field) ? object + "." + field : field, key));
    return new InvalidFieldsException(renamed);
  }

  public Map<String, String> fieldKeys() {
    return Map.copyOf(fieldKeys);
  }
}

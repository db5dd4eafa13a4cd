package io.atrium.shared;

import java.util.LinkedHashMap;
import java.util.Map;

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

  public Map<String, String> fieldKeys() {
    return Map.copyOf(fieldKeys);
  }
}

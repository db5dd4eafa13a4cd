package io.atrium.directory;

import io.atrium.identity.CentreScope;
import io.atrium.identity.Where;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The where clause of a directory list, built from the filters that are set, with its parameters.
 * Every list starts from the caller's centres, so no list can forget them.
 */
final class Filters {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Rows whose centre (a path such as {@code c.homeCentre.id}) is one the caller works in. */
  static Filters inCentres(String centrePath, CentreScope scope) {
    Filters filters = new Filters();
    filters.clauses.add(Where.inCentres(centrePath, scope, filters.parameters));
    return filters;
  }

  static Filters none() {
    return new Filters();
  }

  Filters and(String clause, String parameter, Object value) {
    clauses.add(clause);
    parameters.put(parameter, value);
    return this;
  }

  Filters where(String clause) {
    clauses.add(clause);
    return this;
  }

  /** Adds the clause when the value is set. */
  Filters andIf(Object value, String clause, String parameter) {
    return value == null ? this : and(clause, parameter, value);
  }

  /** Adds a case-insensitive "contains" search over the given paths when the text is not blank. */
  Filters matching(String text, String... paths) {
    if (text == null || text.isBlank()) {
      return this;
    }
    List<String> alternatives = new ArrayList<>();
    for (String path : paths) {
      alternatives.add("lower(" + path + ") like :text escape '!'");
    }
    return and("(" + String.join(" or ", alternatives) + ")", "text", contains(text));
  }

  String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /** {@code %text%} in lower case, with the LIKE wildcards typed by the user taken literally. */
  static String contains(String text) {
    String escaped =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }
}

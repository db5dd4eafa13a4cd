package io.atrium.staff;

import io.atrium.identity.CentreScope;
import io.atrium.identity.Where;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The where clause of the staff list: the caller's centres (package rule 2) and the search, with
 * only the parameters that are used, so PostgreSQL never sees an untyped null.
 */
record StaffQuery(String where, Map<String, Object> parameters) {

  static StaffQuery of(StaffSearch search, CentreScope scope) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!scope.all()) {
      where.append(
          " and (s.allCentres = true or exists (select c.id from StaffMember x join x.centres c"
              + " where x = s and "
              + Where.inCentres("c.id", scope, parameters)
              + "))");
    }
    if (search.text() != null && !search.text().isBlank()) {
      where.append(
          " and (lower(s.fullName) like :text escape '\\' or lower(s.email) like :text escape '\\')");
      parameters.put("text", "%" + escape(search.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (search.roleId() != null) {
      where.append(
          " and exists (select r.id from StaffRole r where r member of s.roles and r.id = :role)");
      parameters.put("role", search.roleId());
    }
    if (search.centreId() != null) {
      where.append(
          " and (s.allCentres = true or exists (select k.id from StaffMember y join y.centres k"
              + " where y = s and k.id = :centre))");
      parameters.put("centre", search.centreId());
    }
    if (search.active() != null) {
      where.append(" and s.active = :active");
      parameters.put("active", search.active());
    }
    return new StaffQuery(where.toString(), parameters);
  }

  void bind(TypedQuery<?> query) {
    parameters.forEach(query::setParameter);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

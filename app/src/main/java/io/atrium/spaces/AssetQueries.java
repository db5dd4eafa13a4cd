package io.atrium.spaces;

import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The inventory's search as JPQL: always within the caller's centres, then the filters that are
 * set; the text is matched in the label, serial number and space name, its wildcards escaped.
 */
@ApplicationScoped
class AssetQueries {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  <T> TypedQuery<T> query(String select, AssetSearch search, String order, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(
            " where " + Where.inCentres("a.space.centre.id", caller.centres(), parameters));
    if (search.centreId() != null) {
      where.append(" and a.space.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.spaceId() != null) {
      where.append(" and a.space.id = :space");
      parameters.put("space", search.spaceId());
    }
    if (search.type() != null && !search.type().isBlank()) {
      where.append(" and a.type = :type");
      parameters.put("type", search.type());
    }
    if (search.state() != null) {
      where.append(" and a.state = :state");
      parameters.put("state", search.state());
    }
    if (search.text() != null && !search.text().isBlank()) {
      where.append(
          " and (lower(a.label) like :text or lower(a.serialNumber) like :text"
              + " or lower(a.space.name) like :text)");
      parameters.put("text", "%" + like(search.text()) + "%");
    }
    TypedQuery<T> query = em.createQuery(select + " from Asset a" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String like(String text) {
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }
}

package io.atrium.audit;

import io.atrium.identity.CentreScope;
import io.atrium.identity.Where;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The JPQL of a filtered list of entries, limited to the reader's centres. */
final class AuditSearch {

  private final StringBuilder where = new StringBuilder(" from AuditEntry e where 1 = 1");
  private final Map<String, Object> parameters = new HashMap<>();

  AuditSearch(AuditFilter filter, ZoneId zone, CentreScope centres) {
    if (notBlank(filter.entityType())) {
      where.append(" and e.entityType = :entityType");
      parameters.put("entityType", filter.entityType().trim());
    }
    if (notBlank(filter.entityId())) {
      where.append(" and e.entityId = :entityId");
      parameters.put("entityId", filter.entityId().trim());
    }
    if (notBlank(filter.person())) {
      where.append(" and lower(e.actorName) like :person escape '\\'");
      parameters.put("person", "%" + likeEscaped(filter.person()) + "%");
    }
    if (filter.from() != null) {
      where.append(" and e.occurredAt >= :from");
      parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
    }
    if (filter.to() != null) {
      where.append(" and e.occurredAt < :to");
      parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
    }
    if (!centres.all()) {
      where.append(
          " and (e.centreId is null or "
              + Where.inCentres("e.centreId", centres, parameters)
              + ")");
    }
  }

  <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static String likeEscaped(String text) {
    return text.trim()
        .toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }
}

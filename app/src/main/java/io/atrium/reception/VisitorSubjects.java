package io.atrium.reception;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the audit log names visitors (by name until they are purged at the end of retention, then by
 * number only) and kiosks (by the name staff gave them).
 */
@ApplicationScoped
public class VisitorSubjects implements SubjectNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language) {
    return switch (entityType) {
      case "Visitor" ->
          byId(
              "select v.id, v.fullName from Visitor v where v.id in :ids and v.purgedAt is null",
              ids);
      case "KioskDevice" -> byId("select d.id, d.name from KioskDevice d where d.id in :ids", ids);
      default -> Map.of();
    };
  }

  private Map<Long, String> byId(String jpql, Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }
}

package io.atrium.reception;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
          SubjectNames.byId(
              em,
              "select v.id, v.fullName from Visitor v where v.id in :ids and v.purgedAt is null",
              ids);
      case "KioskDevice" ->
          SubjectNames.byId(em, "select d.id, d.name from KioskDevice d where d.id in :ids", ids);
      default -> Map.of();
    };
  }
}

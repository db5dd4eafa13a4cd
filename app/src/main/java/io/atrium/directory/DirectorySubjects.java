package io.atrium.directory;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How the audit log names members (full name) and companies (name). */
@ApplicationScoped
public class DirectorySubjects implements SubjectNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language) {
    return switch (entityType) {
      case "Member" ->
          SubjectNames.byId(em, "select m.id, m.fullName from Member m where m.id in :ids", ids);
      case "Company" ->
          SubjectNames.byId(em, "select c.id, c.name from Company c where c.id in :ids", ids);
      default -> Map.of();
    };
  }
}

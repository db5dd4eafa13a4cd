package io.atrium.staff;

import io.atrium.audit.SubjectNames;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * How the audit log names staff members (full name) and roles (a default role in the reader's
 * language).
 */
@ApplicationScoped
public class StaffSubjects implements SubjectNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language) {
    return switch (entityType) {
      case "StaffMember" ->
          SubjectNames.byId(
              em, "select s.id, s.fullName from StaffMember s where s.id in :ids", ids);
      case "StaffRole" -> {
        ResourceBundle texts = Texts.bundle(language);
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select r from StaffRole r where r.id in :ids", StaffRole.class)
            .setParameter("ids", ids)
            .getResultList()
            .forEach(
                role ->
                    names.put(
                        role.getId(),
                        role.getNameKey() == null
                            ? role.getName()
                            : texts.getString(role.getNameKey())));
        yield names;
      }
      default -> Map.of();
    };
  }
}

package io.atrium.spaces;

import io.atrium.shared.TextValidator;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;

/**
 * The name rule floors and spaces share: required, on one line, at most so long, and unique in its
 * centre whatever the case (staff tell "Salle A" from "salle a" no better than the plan does).
 */
@ApplicationScoped
class CentreNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * Puts the first problem of the name, if any, in {@code errors} under "name".
   *
   * @param entity the JPA entity name ({@code Floor}, {@code Space}); never user input
   * @param existingId the row being changed, null for a new one
   */
  void check(
      Map<String, String> errors,
      String entity,
      String name,
      int maxLength,
      Centre centre,
      Long existingId,
      String takenKey) {
    if (name == null || name.isBlank()) {
      errors.put("name", "space.required");
    } else if (name.strip().length() > maxLength) {
      errors.put("name", "space.tooLong");
    } else if (!TextValidator.clean(name, false)) {
      errors.put("name", "atrium.text.control");
    } else if (em.createQuery(
                "select count(x) from "
                    + entity
                    + " x where x.centre = :centre and lower(x.name) = :name and x.id <> :id",
                Long.class)
            .setParameter("centre", centre)
            .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
            .setParameter("id", existingId == null ? -1L : existingId)
            .getSingleResult()
        > 0) {
      errors.put("name", takenKey);
    }
  }
}

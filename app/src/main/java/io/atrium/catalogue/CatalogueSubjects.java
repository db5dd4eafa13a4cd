package io.atrium.catalogue;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How the audit log names catalogue items: by their name in the reader's language. */
@ApplicationScoped
public class CatalogueSubjects implements SubjectNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language) {
    if (!"CatalogueItem".equals(entityType)) {
      return Map.of();
    }
    String name = "fr".equals(language.getLanguage()) ? "i.nameFr" : "i.nameEn";
    return SubjectNames.byId(
        em, "select i.id, " + name + " from CatalogueItem i where i.id in :ids", ids);
  }
}

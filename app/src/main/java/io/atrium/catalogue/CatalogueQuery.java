package io.atrium.catalogue;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue's search as JPQL: items offered in one of the caller's centres or in none yet, then
 * the filters asked for. A centre filter naming a centre the caller cannot see is "not found".
 */
@ApplicationScoped
class CatalogueQuery {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** The query of the items the caller sees, as searched, with the select and order given. */
  <T> TypedQuery<T> of(String select, CatalogueSearch search, String order, Class<T> type) {
    caller.require(Area.CATALOG, Action.READ);
    if (search.centreId() != null) {
      Centre centre = em.find(Centre.class, search.centreId());
      if (centre == null || !caller.centres().allows(centre.getId())) {
        throw new NotFoundException(); // another tenant's or an unseen centre, as everywhere
      }
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(
            " where (i.centres is empty or exists (select c from CatalogueItem o join o.centres c"
                + " where o.id = i.id and "
                + Where.inCentres("c.id", caller.centres(), parameters)
                + "))");
    if (search.centreId() != null) {
      where.append(
          " and exists (select k from CatalogueItem p join p.centres k"
              + " where p.id = i.id and k.id = :centre)");
      parameters.put("centre", search.centreId());
    }
    if (search.kind() != null) {
      where.append(" and i.kind = :kind");
      parameters.put("kind", search.kind());
    }
    if (search.active() != null) {
      where.append(" and i.active = :active");
      parameters.put("active", search.active());
    }
    if (search.text() != null && !search.text().isBlank()) {
      where.append(
          " and (lower(i.code) like :text escape '\\' or lower(i.nameEn) like :text escape '\\'"
              + " or lower(i.nameFr) like :text escape '\\')");
      parameters.put("text", "%" + escape(search.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    TypedQuery<T> query = em.createQuery(select + " from CatalogueItem i" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

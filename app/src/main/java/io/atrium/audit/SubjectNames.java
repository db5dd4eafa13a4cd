package io.atrium.audit;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the audit log calls the rows its entries are about: each capability that records entries
 * names its own rows (a staff member by full name, a ticket by number), since the log may not read
 * their tables. Names are read when the log is read, so a row removed or purged since (a visitor
 * past retention) is named by its type and number only.
 */
public interface SubjectNames {

  /**
   * The names of those rows of this entity type that still exist, by id; empty for a type this
   * capability does not own. Called in the reader's transaction, bound to their tenant.
   */
  Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language);

  /**
   * The names a query of {@code (id, name)} pairs gives for these ids ({@code :ids}), for the
   * capabilities whose rows are named by one column.
   */
  static Map<Long, String> byId(EntityManager em, String jpql, Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }
}

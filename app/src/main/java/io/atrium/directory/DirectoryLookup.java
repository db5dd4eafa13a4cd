package io.atrium.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Companies and members by id, many at once and with no permission check, for a module that has
 * checked its caller and reads thousands of payers (a billing run's chunk: one query, not one per
 * payer). The tenant filter and row-level security still apply.
 */
@ApplicationScoped
public class DirectoryLookup {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The companies of these ids that exist, by id. */
  public Map<Long, Company> companies(List<Long> ids) {
    Map<Long, Company> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select c from Company c where c.id in :ids", Company.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(c -> found.put(c.getId(), c));
    }
    return found;
  }

  /** The members of these ids that exist, by id. */
  public Map<Long, Member> members(List<Long> ids) {
    Map<Long, Member> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select m from Member m where m.id in :ids", Member.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(m -> found.put(m.getId(), m));
    }
    return found;
  }
}

package io.atrium.helpdesk;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How the audit log names tickets: by number and subject. */
@ApplicationScoped
public class TicketSubjects implements SubjectNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language) {
    return entityType.equals("Ticket")
        ? byId(
            "select t.id, concat(t.number, ' · ', t.title) from Ticket t where t.id in :ids", ids)
        : Map.of();
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

package io.atrium.helpdesk;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        ? SubjectNames.byId(
            em,
            "select t.id, concat(t.number, ' · ', t.title) from Ticket t where t.id in :ids",
            ids)
        : Map.of();
  }
}

package io.atrium.community;

import io.atrium.audit.SubjectNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How the audit log names events (title) and answers to them (the event's title). */
@ApplicationScoped
public class EventSubjects implements SubjectNames {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public Map<Long, String> namesOf(String entityType, Set<Long> ids, Locale language) {
    return switch (entityType) {
      case "CommunityEvent" ->
          SubjectNames.byId(
              em, "select e.id, e.title from CommunityEvent e where e.id in :ids", ids);
      case "Rsvp" ->
          SubjectNames.byId(em, "select r.id, r.event.title from Rsvp r where r.id in :ids", ids);
      default -> Map.of();
    };
  }
}

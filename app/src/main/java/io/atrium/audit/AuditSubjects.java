package io.atrium.audit;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Names the subjects of a page of entries, one query per entity type and capability. */
@ApplicationScoped
public class AuditSubjects {

  @Inject Caller caller;

  @Inject @Any Instance<SubjectNames> capabilities;

  /** By {@link #key}: the name of each entry's subject that could be found. */
  @Transactional
  public Map<String, String> namesOf(List<AuditEntry> entries, Locale language) {
    caller.require(Area.AUDIT, Action.READ);
    Map<String, Set<Long>> idsByType = new HashMap<>();
    for (AuditEntry entry : entries) {
      Long id = numeric(entry.getEntityId());
      if (id != null) {
        idsByType.computeIfAbsent(entry.getEntityType(), t -> new TreeSet<>()).add(id);
      }
    }
    Map<String, String> names = new HashMap<>();
    idsByType.forEach(
        (type, ids) -> {
          for (SubjectNames capability : capabilities) {
            capability
                .namesOf(type, ids, language)
                .forEach((id, name) -> names.put(key(type, String.valueOf(id)), name));
          }
        });
    return names;
  }

  public static String key(String entityType, String entityId) {
    return entityType + ":" + entityId;
  }

  /** A row id as the log stores it, or null for a subject named by a word ("tenant"). */
  public static Long numeric(String entityId) {
    try {
      return Long.valueOf(entityId);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

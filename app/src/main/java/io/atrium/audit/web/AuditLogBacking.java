package io.atrium.audit.web;

import io.atrium.audit.AuditEntry;
import io.atrium.audit.AuditFilter;
import io.atrium.audit.AuditSubjects;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.ChainCheck;
import io.atrium.audit.LabelledValues;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.shared.web.TableRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log: entries filtered by entity, person and days, and the chain's verification. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

  @Inject Formats formats;

  @Inject AuditTrail trail;

  @Inject AuditSubjects subjects;

  @Inject LabelledValues labelledValues;

  private AuditFilter filter = AuditFilter.ALL;
  private String entityType;
  private String person;
  private LocalDate from;
  private LocalDate to;
  private ZoneId zone;
  private List<String> entityTypes;
  private ChainCheck check;

  /** The names of the shown entries' subjects, read with each page of the table. */
  private Map<String, String> names = new HashMap<>();

  private transient AuditWords words;

  private final LazyDataModel<AuditEntry> entries =
      new TableRows<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(trail.count(filter));
        }

        @Override
        public List<AuditEntry> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          List<AuditEntry> page = trail.list(filter, first, size);
          names = new HashMap<>(subjects.namesOf(page, Faces.getLocale()));
          words = null;
          return page;
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.getSeq());
        }
      };

  /** The view action: only readers of the log get the page, others a 403. */
  public void open() throws IOException {
    try {
      zone = trail.timeZone();
      entityTypes = trail.entityTypes();
    } catch (ForbiddenException e) {
      Faces.responseSendError(403, "audit:read");
    }
  }

  /** Applies the filter and goes back to the first page of the table. */
  public void search() {
    filter = new AuditFilter(entityType, null, person, from, to);
    ((DataTable) Components.findComponent("log:entries")).setFirst(0);
  }

  public void verify() {
    check = trail.verify();
  }

  /** When the entry happened: in the tenant's time zone, written the viewer's way. */
  public String at(AuditEntry entry) {
    return formats.dateTime(entry.getOccurredAt(), zone);
  }

  /** The entry as a sentence in the reader's language: who did what to what. */
  public String says(AuditEntry entry) {
    return words().sentence(entry);
  }

  public List<String> changesOf(AuditEntry entry) {
    return entry.getChanges().getList().stream()
        .map(change -> words().change(entry.getEntityType(), change))
        .toList();
  }

  public String entityLabel(String type) {
    return words().entityType(type);
  }

  private AuditWords words() {
    if (words == null) {
      words =
          new AuditWords(
              Texts.bundle(Faces.getLocale()), names, formats, zone, labelledValues::labelKey);
    }
    return words;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getZone() {
    return zone == null ? null : zone.getId();
  }

  public List<String> getEntityTypes() {
    return entityTypes;
  }

  public ChainCheck getCheck() {
    return check;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}

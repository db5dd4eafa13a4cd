package io.atrium.reception;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * How long visitors' personal data is kept, and the purge that enforces it. Staff with
 * settings:edit read and change the setting; the daily job ({@link RetentionJob}) purges each
 * tenant, bound to it, with no caller.
 */
@ApplicationScoped
public class Retention {

  /** Visitors purged per transaction. */
  public static final int BATCH = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail trail;

  @Inject Validator validator;

  @Inject Event<VisitorsPurged> purged;

  Clock clock = Clock.systemUTC();

  /** The settings to edit: the stored row, or a new one holding the defaults. */
  @Transactional
  public ReceptionSettings settings() {
    caller.require(Area.SETTINGS, Action.EDIT);
    return stored().orElseGet(ReceptionSettings::new);
  }

  @Transactional
  public ReceptionSettings save(ReceptionSettings edited) {
    caller.require(Area.SETTINGS, Action.EDIT);
    var violations = validator.validate(edited);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    ReceptionSettings settings =
        stored()
            .orElseGet(
                () -> {
                  ReceptionSettings created = new ReceptionSettings();
                  em.persist(created);
                  return created;
                });
    int before = stored().map(ReceptionSettings::getVisitorRetentionDays).orElse(-1);
    trail.record(
        "ReceptionSettings",
        "reception",
        "UPDATE",
        null,
        Changes.of()
            .field(
                "visitorRetentionDays",
                before < 0 ? ReceptionSettings.DEFAULT_RETENTION_DAYS : before,
                edited.getVisitorRetentionDays()));
    settings.setVisitorRetentionDays(edited.getVisitorRetentionDays());
    return settings;
  }

  /**
   * Blanks the personal data of up to {@link #BATCH} of the bound tenant's visitors whose visit day
   * is more than the retention days ago (in the tenant's time zone), keeping their rows as
   * anonymous counts, tells the holders of copies ({@link VisitorsPurged}), and audits how many.
   * Returns that number: the job calls again while it is {@link #BATCH}.
   */
  @Transactional
  public int purge(ZoneId tenantZone) {
    int days =
        stored()
            .map(ReceptionSettings::getVisitorRetentionDays)
            .orElse(ReceptionSettings.DEFAULT_RETENTION_DAYS);
    LocalDate cutoff = LocalDate.now(clock.withZone(tenantZone)).minusDays(days);
    List<Visitor> due =
        em.createQuery(
                "select v from Visitor v where v.expectedDate < :cutoff and v.purgedAt is null"
                    + " order by v.expectedDate, v.id",
                Visitor.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(BATCH)
            .getResultList();
    due.forEach(visitor -> visitor.purge(clock.instant()));
    if (!due.isEmpty()) {
      purged.fire(new VisitorsPurged(due.stream().map(Visitor::getId).toList()));
      trail.record(
          "Visitor",
          "retention",
          "PURGE",
          null,
          Changes.of().field("before", null, cutoff).field("count", null, due.size()));
    }
    return due.size();
  }

  private Optional<ReceptionSettings> stored() {
    return em.createQuery("select s from ReceptionSettings s", ReceptionSettings.class)
        .getResultStream()
        .findFirst();
  }
}

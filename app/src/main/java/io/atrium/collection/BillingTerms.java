package io.atrium.collection;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and saves the collection columns of the tenant's billing settings row (late fees, reminder
 * days), leaving the other parts' columns as they are.
 */
@ApplicationScoped
public class BillingTerms {

  private static final BigDecimal MAX_INDEMNITY = new BigDecimal("10000");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** The bound tenant's settings, the defaults when it has none yet. */
  @Transactional
  public CollectionSettings settings() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT late_fees_enabled, late_penalty_rate, recovery_indemnity,"
                    + " reminder_friendly_days, reminder_formal_days, reminder_final_days"
                    + " FROM billing_settings")
            .getResultList();
    if (rows.isEmpty()) {
      return CollectionSettings.DEFAULTS;
    }
    Object[] r = (Object[]) rows.get(0);
    return new CollectionSettings(
        Boolean.TRUE.equals(r[0]),
        (BigDecimal) r[1],
        (BigDecimal) r[2],
        integer(r[3]),
        integer(r[4]),
        integer(r[5]));
  }

  /** Saves the settings (invoices:edit); refused field by field, writing nothing. */
  @Transactional
  public CollectionSettings save(CollectionSettings wanted) {
    caller.require(Area.INVOICES, Action.EDIT);
    Map<String, String> invalid = new LinkedHashMap<>();
    if (wanted.penaltyRate() == null
        || wanted.penaltyRate().signum() < 0
        || wanted.penaltyRate().compareTo(new BigDecimal(100)) > 0
        || wanted.penaltyRate().scale() > 2) {
      invalid.put("penaltyRate", "collection.settings.rate.invalid");
    }
    if (wanted.recoveryIndemnity() == null
        || wanted.recoveryIndemnity().signum() < 0
        || wanted.recoveryIndemnity().compareTo(MAX_INDEMNITY) > 0
        || wanted.recoveryIndemnity().scale() > 2) {
      invalid.put("recoveryIndemnity", "collection.settings.indemnity.invalid");
    }
    for (ReminderLevel level : ReminderLevel.values()) {
      Integer days = wanted.daysOf(level);
      if (days != null && (days < 0 || days > 365)) {
        invalid.put(level.name().toLowerCase() + "Days", "collection.settings.days.invalid");
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    CollectionSettings before = settings();
    long tenantId = tenancy.currentTenantId().orElseThrow();
    em.createNativeQuery(
            "INSERT INTO billing_settings (tenant_id, late_fees_enabled, late_penalty_rate,"
                + " recovery_indemnity, reminder_friendly_days, reminder_formal_days,"
                + " reminder_final_days) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS integer),"
                + " CAST(?6 AS integer), CAST(?7 AS integer))"
                + " ON CONFLICT (tenant_id) DO UPDATE SET late_fees_enabled = EXCLUDED.late_fees_enabled,"
                + " late_penalty_rate = EXCLUDED.late_penalty_rate,"
                + " recovery_indemnity = EXCLUDED.recovery_indemnity,"
                + " reminder_friendly_days = EXCLUDED.reminder_friendly_days,"
                + " reminder_formal_days = EXCLUDED.reminder_formal_days,"
                + " reminder_final_days = EXCLUDED.reminder_final_days,"
                + " version = billing_settings.version + 1")
        .setParameter(1, tenantId)
        .setParameter(2, wanted.lateFeesEnabled())
        .setParameter(3, wanted.penaltyRate())
        .setParameter(4, wanted.recoveryIndemnity())
        .setParameter(5, wanted.friendlyDays())
        .setParameter(6, wanted.formalDays())
        .setParameter(7, wanted.finalDays())
        .executeUpdate();
    audit.record(
        "BillingSettings",
        tenantId,
        "UPDATE",
        null,
        Changes.of()
            .field("lateFeesEnabled", before.lateFeesEnabled(), wanted.lateFeesEnabled())
            .field("penaltyRate", before.penaltyRate(), wanted.penaltyRate())
            .field("recoveryIndemnity", before.recoveryIndemnity(), wanted.recoveryIndemnity())
            .field("friendlyDays", before.friendlyDays(), wanted.friendlyDays())
            .field("formalDays", before.formalDays(), wanted.formalDays())
            .field("finalDays", before.finalDays(), wanted.finalDays()));
    return settings();
  }

  /** Today in the bound tenant's time zone: the day that makes an invoice late. */
  @Transactional
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  /** The tenant's zone, in which due dates pass. */
  @Transactional
  public ZoneId zone() {
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    return tenant == null || tenant.getTimeZone() == null
        ? ZoneId.of("UTC")
        : ZoneId.of(tenant.getTimeZone());
  }

  /** The tenant's country (FR, IN…), whose conventions numbers are written in. */
  @Transactional
  public String country() {
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    return tenant == null ? null : tenant.getCountry();
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}

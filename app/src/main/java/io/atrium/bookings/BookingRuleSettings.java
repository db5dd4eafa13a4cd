package io.atrium.bookings;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The booking rules of a centre and of its bookable spaces: bookings:read to read them,
 * bookings:edit to change them. Each change is audited with its actor.
 */
@ApplicationScoped
public class BookingRuleSettings {

  private static final Set<Integer> STEPS = Set.of(5, 10, 15, 20, 30, 60);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject BookingPolicy policy;

  @Inject BookingChoices choices;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * A row of the rules page: the centre (no space) or a space, the values set there and those in
   * force.
   */
  public record Row(
      Long spaceId, String spaceName, BookingRuleValues own, BookingRuleValues inForce)
      implements java.io.Serializable {}

  @Transactional
  public List<Row> of(long centreId) {
    caller.require(Area.BOOKINGS, Action.READ);
    Centre centre = centre(centreId);
    List<Row> rows = new ArrayList<>();
    BookingRuleValues centreOwn =
        rule(centre, null).map(BookingRule::values).orElse(BookingRuleValues.NONE);
    rows.add(new Row(null, null, centreOwn, centreOwn.or(BookingRuleValues.DEFAULTS)));
    for (Space space : spaces(centre)) {
      rows.add(
          new Row(
              space.getId(),
              space.getName(),
              rule(centre, space).map(BookingRule::values).orElse(BookingRuleValues.NONE),
              policy.of(space)));
    }
    return rows;
  }

  /** Sets the centre's defaults (no space) or a space's rules; null values fall back. */
  @Transactional
  public BookingRuleValues save(Long centreId, Long spaceId, BookingRuleValues values) {
    caller.require(Area.BOOKINGS, Action.EDIT);
    if (centreId == null) {
      throw InvalidFieldsException.of("centreId", "booking.rules.centre");
    }
    Centre centre;
    try {
      centre = centre(centreId);
    } catch (NotFoundException unknown) {
      throw InvalidFieldsException.of("centreId", "booking.rules.centre");
    }
    Space space = null;
    if (spaceId != null) {
      space = em.find(Space.class, spaceId);
      if (space == null
          || !Objects.equals(space.getCentre().getId(), centre.getId())
          || !BookingRules.BOOKABLE.contains(space.getKind())) {
        throw InvalidFieldsException.of("spaceId", "booking.rules.space");
      }
    }
    validate(values);
    Space target = space;
    BookingRule rule =
        rule(centre, space)
            .orElseGet(
                () -> {
                  BookingRule made = new BookingRule(centre, target);
                  em.persist(made);
                  return made;
                });
    BookingRuleValues before = rule.values();
    rule.set(values, clock.instant());
    audit.record(
        "BookingRule",
        rule.getId() == null ? centre.getId() : rule.getId(),
        "UPDATE",
        centre.getId(),
        Changes.between(audited(before), audited(values))
            .field("space", null, space == null ? null : space.getName()));
    return values;
  }

  /** The rules as the audit log reads them, field by field: a rule left empty is absent. */
  private static Map<String, Object> audited(BookingRuleValues v) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("minMinutes", v.minMinutes());
    fields.put("maxMinutes", v.maxMinutes());
    fields.put("granularityMinutes", v.granularityMinutes());
    fields.put("bufferMinutes", v.bufferMinutes());
    fields.put("maxDaysAhead", v.maxDaysAhead());
    fields.put("minNoticeMinutes", v.minNoticeMinutes());
    fields.put("cancelWindowHours", v.cancelWindowHours());
    fields.put("lateCancelFeePercent", v.lateCancelFeePercent());
    fields.put("weeklyQuotaHours", v.weeklyQuotaHours());
    fields.put("whoBooks", v.whoBooks());
    fields.put("approvalRequired", v.approvalRequired());
    return fields;
  }

  private static void validate(BookingRuleValues v) {
    Map<String, String> errors = new LinkedHashMap<>();
    range(errors, "minMinutes", v.minMinutes(), 5, 1440);
    range(errors, "maxMinutes", v.maxMinutes(), 5, 1440);
    if (v.minMinutes() != null && v.maxMinutes() != null && v.minMinutes() > v.maxMinutes()) {
      errors.put("maxMinutes", "booking.rules.minAboveMax");
    }
    if (v.granularityMinutes() != null && !STEPS.contains(v.granularityMinutes())) {
      errors.put("granularityMinutes", "booking.rules.granularity");
    }
    range(errors, "bufferMinutes", v.bufferMinutes(), 0, 240);
    range(errors, "maxDaysAhead", v.maxDaysAhead(), 0, 730);
    range(errors, "minNoticeMinutes", v.minNoticeMinutes(), 0, 10080);
    range(errors, "cancelWindowHours", v.cancelWindowHours(), 0, 720);
    range(errors, "weeklyQuotaHours", v.weeklyQuotaHours(), 1, 168);
    BigDecimal fee = v.lateCancelFeePercent();
    if (fee != null
        && (fee.signum() < 0
            || fee.compareTo(BigDecimal.valueOf(100)) > 0
            || fee.stripTrailingZeros().scale() > 2)) {
      errors.put("lateCancelFeePercent", "booking.rules.feeRange");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static void range(
      Map<String, String> errors, String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      errors.put(field, "booking.rules.range");
    }
  }

  private Centre centre(long id) {
    Centre centre = em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    return centre;
  }

  private java.util.Optional<BookingRule> rule(Centre centre, Space space) {
    var query =
        space == null
            ? em.createQuery(
                    "select r from BookingRule r where r.centre = :centre and r.space is null",
                    BookingRule.class)
                .setParameter("centre", centre)
            : em.createQuery(
                    "select r from BookingRule r where r.space = :space", BookingRule.class)
                .setParameter("space", space);
    return query.getResultList().stream().findFirst();
  }

  /** The centre's bookable spaces, read as the booking form reads them. */
  private List<Space> spaces(Centre centre) {
    return choices.spaces(centre.getId()).stream()
        .map(choice -> em.find(Space.class, choice.id()))
        .toList();
  }
}

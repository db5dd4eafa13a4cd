package io.atrium.bookings;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.manifest.OpeningHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a booking's details and resolves its ids, all errors at once: the space is one of the
 * caller's centres (another tenant's, or a centre not theirs, is "unknown" like a wrong id), it is
 * bookable and in service, the payer is one company or one member the caller sees (of their
 * centres), the space is open for the whole time on its centre's clock, the time range is in order,
 * not over, and at most a day long, and the guests fit in the space; then, no day it touches is one
 * its centre is closed ({@link CentreClosures}).
 */
@ApplicationScoped
class BookingRules {

  /** Spaces booked by the hour or the day: meeting rooms, event spaces, bureaux de passage. */
  static final Set<Space.Kind> BOOKABLE =
      Set.of(Space.Kind.MEETING_ROOM, Space.Kind.EVENT_SPACE, Space.Kind.PRIVATE_OFFICE);

  static final Duration LONGEST = Duration.ofHours(24);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject CentreClosures closures;

  Clock clock = Clock.systemUTC();

  /** Whether the space is open for the whole time, on its centre's clock. */
  static boolean open(Space space, Instant from, Instant to) {
    if (space.getOpeningHours() == null || space.getOpeningHours().isBlank()) {
      return true;
    }
    ZoneId zone = space.getCentre().zone();
    try {
      return OpeningHours.parse(space.getOpeningHours())
          .holds(LocalDateTime.ofInstant(from, zone), LocalDateTime.ofInstant(to, zone));
    } catch (IllegalArgumentException unreadable) {
      // Spaces are saved only with readable hours (SpaceRules); an old unreadable value does not
      // close the space.
      return true;
    }
  }

  record Checked(Space space, Company company, Member member, int guests, Long contractId) {}

  /**
   * The checked parts; the space is locked, so that bookings of one space are decided one after the
   * other and a refused one can name the slot that is taken.
   */
  Checked check(BookingDetails d) {
    Map<String, String> errors = new LinkedHashMap<>();
    Space space = space(d, errors);
    Company company = d.companyId() == null ? null : em.find(Company.class, d.companyId());
    Member member = d.memberId() == null ? null : em.find(Member.class, d.memberId());
    // A payer is one the caller sees in the directory: of one of their centres, like the space.
    if (company != null && !caller.centres().allows(company.getHomeCentre().getId())) {
      company = null;
    }
    if (member != null
        && (member.getHomeCentre() == null
            || !caller.centres().allows(member.getHomeCentre().getId()))) {
      member = null;
    }
    if (d.companyId() != null && company == null) {
      errors.put("companyId", "booking.payer.unknown");
    } else if (d.memberId() != null && member == null) {
      errors.put("memberId", "booking.payer.unknown");
    } else if ((company == null) == (member == null)) {
      errors.put("companyId", "booking.payer.one");
    } else if (d.contractId() != null
        && space != null
        && !payersContract(d, space, company, member)) {
      errors.put("contractId", "booking.contract.unknown");
    }
    return checked(d, space, company, member, errors);
  }

  /**
   * A signed or running contract of the payer at the space's centre. Read as a row: contracts call
   * bookings' neighbours, not the other way (as consumptions do).
   */
  private boolean payersContract(BookingDetails d, Space space, Company company, Member member) {
    return !em.createNativeQuery(
            "SELECT 1 FROM contract WHERE id = ?1 AND centre_id = ?2 AND coalesce(company_id, 0)"
                + " = ?3 AND coalesce(member_id, 0) = ?4 AND status IN ('SIGNED', 'ACTIVE',"
                + " 'NOTICE_GIVEN')")
        .setParameter(1, d.contractId())
        .setParameter(2, space.getCentre().getId())
        .setParameter(3, company == null ? 0L : company.getId())
        .setParameter(4, member == null ? 0L : member.getId())
        .getResultList()
        .isEmpty();
  }

  /**
   * A member's own booking, in the client space or through the API: the payer is their company, or
   * themselves when they have none; the space is one of their centre's.
   */
  Checked checkFor(BookingDetails d, Member booker) {
    Map<String, String> errors = new LinkedHashMap<>();
    Space space = space(d, errors);
    Company company = booker.getCompany();
    return checked(d, space, company, company == null ? booker : null, errors);
  }

  /**
   * A change of a booking: another space of its centre or the same, other times, people or title;
   * its payer stays.
   */
  Checked checkChange(BookingDetails d, Booking booking) {
    Map<String, String> errors = new LinkedHashMap<>();
    Space space = space(d, errors);
    if (space != null && !space.getCentre().equals(booking.getCentre())) {
      errors.put("spaceId", "booking.change.other-centre");
      space = null;
    }
    return checked(d, space, booking.getCompany(), booking.getMember(), errors);
  }

  private Checked checked(
      BookingDetails d, Space space, Company company, Member member, Map<String, String> errors) {
    if (d.startsAt() == null) {
      errors.put("startsAt", "booking.time.required");
    }
    if (d.endsAt() == null) {
      errors.put("endsAt", "booking.time.required");
    }
    if (d.startsAt() != null && d.endsAt() != null) {
      if (!d.endsAt().isAfter(d.startsAt())) {
        errors.put("endsAt", "booking.time.order");
      } else if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
        errors.put("endsAt", "booking.time.too-long");
      } else if (!d.endsAt().isAfter(Instant.now(clock))) {
        errors.put("endsAt", "booking.time.past");
      }
    }
    if (space != null
        && !errors.containsKey("endsAt")
        && d.startsAt() != null
        && d.endsAt() != null
        && !open(space, d.startsAt(), d.endsAt())) {
      errors.put("startsAt", "booking.time.closed");
    }
    int guests = d.guests() == null ? 1 : d.guests();
    if (guests < 1) {
      errors.put("guests", "booking.guests.invalid");
    } else if (space != null && guests > space.getCapacity()) {
      errors.put("guests", "booking.guests.capacity");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    closures
        .during(space, d.startsAt(), d.endsAt())
        .ifPresent(
            closed -> {
              throw new BookingRuleException(
                  400, "booking.rule.closed", closed.getLabel(), closed.getDay().toString());
            });
    em.lock(space, LockModeType.PESSIMISTIC_WRITE);
    return new Checked(space, company, member, guests, d.contractId());
  }

  private Space space(BookingDetails d, Map<String, String> errors) {
    Space space = d.spaceId() == null ? null : em.find(Space.class, d.spaceId());
    if (space == null || !caller.centres().allows(space.getCentre().getId())) {
      errors.put(
          "spaceId", d.spaceId() == null ? "booking.space.required" : "booking.space.unknown");
      space = null;
    } else if (!space.isBookable() || !BOOKABLE.contains(space.getKind())) {
      errors.put("spaceId", "booking.space.not-bookable");
    } else if (space.getStatus() == Space.Status.OUT_OF_SERVICE) {
      errors.put("spaceId", "booking.space.out-of-service");
    }
    return space;
  }
}

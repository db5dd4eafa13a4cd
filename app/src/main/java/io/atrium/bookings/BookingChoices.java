package io.atrium.bookings;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the booking form offers, with bookings:read: a centre's bookable spaces in service, and the
 * clients of the caller's centres (active companies, then members on their own), the same ones
 * {@link BookingRules} accepts. Native: the spaces and the directory own their entities' queries;
 * ids and names are all a picker needs.
 */
@ApplicationScoped
public class BookingChoices {

  /** A client as a picker shows it; ids name one row across companies and members. */
  public record Payer(long id, String label, boolean company) implements Serializable {}

  /** A bookable space as a picker shows it. */
  public record SpaceChoice(long id, String name, int capacity) implements Serializable {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Transactional
  public List<SpaceChoice> spaces(Long centreId) {
    caller.require(Area.BOOKINGS, Action.READ);
    if (centreId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    return bookable(centreId);
  }

  /** What a member may book: the spaces of their centre, on that centre's clock. */
  public record MemberChoices(ZoneId zone, String centre, List<SpaceChoice> spaces)
      implements Serializable {}

  @Transactional
  public MemberChoices forMember() {
    caller.requireMember();
    Centre centre =
        caller.centres().ids().stream()
            .findFirst()
            .map(id -> em.find(Centre.class, id))
            .orElseThrow(NotFoundException::new);
    return new MemberChoices(centre.zone(), centre.getName(), bookable(centre.getId()));
  }

  /**
   * The spaces the caller may book at a centre, for an app's picker: staff name one of their
   * centres (bookings:read), a member gets their own centre's (a centre named must be it).
   */
  @Transactional
  public List<SpaceChoice> forCaller(Long centreId) {
    if (caller.isMember()) {
      MemberChoices mine = forMember();
      if (centreId != null && !caller.centres().allows(centreId)) {
        throw new NotFoundException();
      }
      return mine.spaces();
    }
    caller.require(Area.BOOKINGS, Action.READ);
    if (centreId == null) {
      throw InvalidFieldsException.of("centre", "booking.centre.required");
    }
    if (!caller.centres().allows(centreId) || em.find(Centre.class, centreId) == null) {
      throw new NotFoundException();
    }
    return bookable(centreId);
  }

  private List<SpaceChoice> bookable(long centreId) {
    String kinds =
        BookingRules.BOOKABLE.stream()
            .map(k -> "'" + k.name() + "'")
            .sorted()
            .collect(Collectors.joining(", "));
    List<SpaceChoice> spaces = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, name, capacity FROM space WHERE centre_id = ?1 AND bookable"
                    + " AND status <> 'OUT_OF_SERVICE' AND kind IN ("
                    + kinds
                    + ") ORDER BY name")
            .setParameter(1, centreId)
            .getResultList()) {
      Object[] s = (Object[]) row;
      spaces.add(
          new SpaceChoice(((Number) s[0]).longValue(), (String) s[1], ((Number) s[2]).intValue()));
    }
    return spaces;
  }

  /** A contract a booking may be billed with: its reference. */
  public record ContractChoice(long id, String reference) implements Serializable {}

  /** The payer's signed or running contracts at the centre, by reference (001 §9). */
  @Transactional
  public List<ContractChoice> contracts(Long centreId, Long payerId, boolean company) {
    caller.require(Area.BOOKINGS, Action.READ);
    if (centreId == null || payerId == null || !caller.centres().allows(centreId)) {
      return List.of();
    }
    List<ContractChoice> contracts = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, reference FROM contract WHERE centre_id = ?1 AND "
                    + (company ? "company_id" : "member_id")
                    + " = ?2 AND status IN ('SIGNED', 'ACTIVE', 'NOTICE_GIVEN') ORDER BY"
                    + " reference")
            .setParameter(1, centreId)
            .setParameter(2, payerId)
            .getResultList()) {
      Object[] c = (Object[]) row;
      contracts.add(new ContractChoice(((Number) c[0]).longValue(), (String) c[1]));
    }
    return contracts;
  }

  @Transactional
  public List<Payer> payers() {
    caller.require(Area.BOOKINGS, Action.READ);
    String centres = inCentres(caller.centres());
    List<Payer> payers = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, name FROM company WHERE status = 'ACTIVE' AND "
                    + centres
                    + " ORDER BY name")
            .getResultList()) {
      Object[] c = (Object[]) row;
      payers.add(new Payer(((Number) c[0]).longValue(), (String) c[1], true));
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT id, full_name FROM member WHERE company_id IS NULL AND "
                    + centres
                    + " ORDER BY full_name")
            .getResultList()) {
      Object[] m = (Object[]) row;
      payers.add(new Payer(((Number) m[0]).longValue(), (String) m[1], false));
    }
    return payers;
  }

  /** The home-centre condition; the ids are numbers from the caller's scope, safe in the text. */
  private static String inCentres(CentreScope scope) {
    if (scope.all()) {
      return "true";
    }
    if (scope.ids().isEmpty()) {
      return "false";
    }
    return "home_centre_id IN ("
        + scope.ids().stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
  }
}

package io.atrium.directory;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * On-demand users ("utilisateurs à la demande"): people with no company who buy day passes and
 * bookings for themselves, attached to a centre. Staff list them with companies:read and add them
 * with companies:create, in their own centres.
 */
@ApplicationScoped
public class OnDemandUsers {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Members members;

  @Inject Enrolments enrolments;

  @Transactional
  public List<Member> list(String text, int first, int max) {
    return members.list(search(text), first, max);
  }

  @Transactional
  public long count(String text) {
    return members.count(search(text));
  }

  /**
   * @throws InvalidFieldsException for a centre the caller does not work in, or a taken e-mail
   */
  @Transactional
  public Member create(Long centreId, NewMember who) {
    caller.require(Area.COMPANIES, Action.CREATE);
    Centre centre = centreId == null ? null : em.find(Centre.class, centreId);
    if (centre == null || !caller.centres().allows(centreId)) {
      throw InvalidFieldsException.of("homeCentre", "company.homeCentre.unknown");
    }
    return enrolments.addOnDemand(centre, who);
  }

  /**
   * A walk-in who buys something at the desk (a day pass), created by the capability that sells it
   * once it checked its own rights: an on-demand user of the centre, like {@link #create}.
   *
   * @throws InvalidFieldsException for a wrong field or a taken e-mail
   */
  @Transactional
  public Member walkIn(Centre centre, NewMember who) {
    return enrolments.addOnDemand(centre, who);
  }

  private static MemberSearch search(String text) {
    return new MemberSearch(text, MemberSearch.Who.ON_DEMAND_USERS);
  }
}

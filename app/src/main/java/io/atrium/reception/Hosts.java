package io.atrium.reception;

import io.atrium.directory.CentreMembers;
import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
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
 * Who may host a visitor at a centre: an ACTIVE member (company member or on-demand user) whose
 * home centre is that centre. Members follow their company's home centre, so "a member of the
 * centre" is the company's centre; disabled and not yet activated members host nobody.
 */
@ApplicationScoped
public class Hosts {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject CentreMembers centreMembers;

  /**
   * The hosts a picker offers for a centre the caller may register visitors at, by name, those
   * whose name or e-mail contains the text (all when blank): at most {@code max}, and one more when
   * there are more, so the page can say so instead of silently leaving people out. Nobody for a
   * centre outside the caller's or a caller without visitors:create, like an unknown centre.
   */
  @Transactional
  public List<Member> activeIn(long centreId, String text, int max) {
    caller.require(Area.VISITORS, Action.CREATE);
    if (!caller.centres().allows(centreId)) {
      return List.of();
    }
    return centreMembers.active(centreId, text, max);
  }

  /**
   * The host for a visit to the centre.
   *
   * @throws InvalidFieldsException (field hostId) when missing, or with one message whether the
   *     member is unknown in this tenant, not active or of another centre: a member naming ids must
   *     not learn which members exist elsewhere (package rule 1)
   */
  Member require(Long hostId, Centre centre) {
    if (hostId == null) {
      throw InvalidFieldsException.of("hostId", "visitor.host.required");
    }
    Member host = em.find(Member.class, hostId);
    if (host == null
        || host.getStatus() != Member.Status.ACTIVE
        || !host.getHomeCentre().equals(centre)) {
      throw InvalidFieldsException.of("hostId", "visitor.host.unknown");
    }
    return host;
  }

  /**
   * The centre a staff caller registers a visitor at: one they work in.
   *
   * @throws InvalidFieldsException (field centreId) otherwise
   */
  Centre centre(Long centreId) {
    Centre centre = centreId == null ? null : em.find(Centre.class, centreId);
    if (centre == null || !caller.centres().allows(centreId)) {
      throw InvalidFieldsException.of("centreId", "visitor.centre.unknown");
    }
    return centre;
  }

  /**
   * Who is registering a visitor, by the name their record holds (an API token carries only the
   * e-mail).
   */
  Inviter inviter(AtriumPrincipal who) {
    String entity = who.staff() ? "StaffMember" : "Member";
    String name =
        em.createQuery("select p.fullName from " + entity + " p where p.id = :id", String.class)
            .setParameter("id", who.personId())
            .getResultStream()
            .findFirst()
            .orElse(who.fullName());
    return new Inviter(who.kind(), who.personId(), name);
  }

  Member get(long hostId) {
    return em.find(Member.class, hostId);
  }

  static Host of(Member member) {
    return new Host(
        member.getId(),
        member.getCompany() == null ? null : member.getCompany().getId(),
        member.getFullName(),
        member.getEmail(),
        member.getLanguage());
  }
}

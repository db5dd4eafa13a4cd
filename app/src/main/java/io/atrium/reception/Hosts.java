package io.atrium.reception;

import io.atrium.directory.Member;
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

  /** The hosts a picker offers for a centre, by name. */
  @Transactional
  public List<Member> activeIn(long centreId) {
    return em.createQuery(
            "select m from Member m where m.homeCentre.id = :centre and m.status = :active"
                + " order by m.fullName, m.id",
            Member.class)
        .setParameter("centre", centreId)
        .setParameter("active", Member.Status.ACTIVE)
        .setMaxResults(500)
        .getResultList();
  }

  /**
   * The host for a visit to the centre.
   *
   * @throws InvalidFieldsException (field hostId) when missing, unknown in this tenant, not active,
   *     or of another centre
   */
  Member require(Long hostId, Centre centre) {
    if (hostId == null) {
      throw InvalidFieldsException.of("hostId", "visitor.host.required");
    }
    Member host = em.find(Member.class, hostId);
    if (host == null) {
      throw InvalidFieldsException.of("hostId", "visitor.host.unknown");
    }
    if (host.getStatus() != Member.Status.ACTIVE) {
      throw InvalidFieldsException.of("hostId", "visitor.host.inactive");
    }
    if (!host.getHomeCentre().equals(centre)) {
      throw InvalidFieldsException.of("hostId", "visitor.host.otherCentre");
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

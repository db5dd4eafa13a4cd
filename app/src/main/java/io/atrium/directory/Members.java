package io.atrium.directory;

import io.atrium.identity.Caller;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Members and on-demand users: the signed-in member's own record. */
@ApplicationScoped
public class Members {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  /** The signed-in member, with their company. */
  @Transactional
  public Member self() {
    var principal =
        caller.principal().filter(p -> p.member()).orElseThrow(NotSignedInException::new);
    Member member = em.find(Member.class, principal.personId());
    if (member == null) {
      throw new NotSignedInException();
    }
    if (member.getCompany() != null) {
      member.getCompany().getName();
    }
    return member;
  }
}

package io.atrium.signin;

import io.atrium.directory.Member;
import io.atrium.identity.Account;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Details of the caller shown on /api/me and in the user menu, and the language of their pages. */
@ApplicationScoped
public class CallerProfile {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * The language the caller chose in their profile ("en", "fr"); empty for the platform. A staff
   * member's row is found in the page's persistence context: their rights were read from it.
   */
  @Transactional
  public Optional<String> language(AtriumPrincipal principal) {
    Account account =
        switch (principal.kind()) {
          case STAFF -> em.find(StaffMember.class, principal.personId());
          case MEMBER -> em.find(Member.class, principal.personId());
          case PLATFORM -> null;
        };
    return Optional.ofNullable(account).map(Account::getLanguage);
  }

  @Transactional
  public List<String> roleNames(AtriumPrincipal principal) {
    if (!principal.staff()) {
      return List.of();
    }
    StaffMember staff = em.find(StaffMember.class, principal.personId());
    return staff == null
        ? List.of()
        : staff.getRoles().stream().map(StaffRole::getName).sorted().toList();
  }
}

package io.atrium.signin;

import io.atrium.audit.Actor;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Member;
import io.atrium.identity.Account;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.AtriumPrincipal.Kind;
import io.atrium.identity.PasswordHashing;
import io.atrium.identity.PlatformAdmin;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Checks passwords against the accounts of the bound tenant (or of the platform), and counts each
 * account's failures in a row (shown to administrators; the slowing down of guessers is {@link
 * SignInThrottle}'s, per source address). Staff come before members when one e-mail is both.
 */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** In a tenant-bound transaction. */
  @Transactional
  public SignInResult check(Tenant tenant, String email, String password) {
    Optional<Account> account = byEmail(email);
    SignInResult result = check(account, password, tenant);
    account.ifPresent(
        a ->
            audit.record(
                // The request carries nobody yet: the one signing in acts, or the system refuses.
                result.succeeded() ? Actor.of(result.principal()) : Actor.SYSTEM,
                a.getClass().getSimpleName(),
                a.getId(),
                result.succeeded() ? "SIGN_IN" : "SIGN_IN_FAILED",
                null,
                Changes.of()));
    return result;
  }

  /** The tenant's staff member or member with this e-mail, staff first. */
  @Transactional
  public Optional<Account> byEmail(String email) {
    return first(StaffMember.class, email).or(() -> first(Member.class, email));
  }

  /** In a platform transaction. */
  @Transactional
  public SignInResult checkPlatform(String email, String password) {
    return check(first(PlatformAdmin.class, email), password, null);
  }

  private SignInResult check(Optional<Account> found, String password, Tenant tenant) {
    if (found.isEmpty()) {
      PasswordHashing.decoy(password);
      return SignInResult.failed(SignInResult.Outcome.BAD_CREDENTIALS);
    }
    Account account = found.get();
    var login = account.getLogin();
    var now = clock.instant();
    if (!PasswordHashing.matches(password, login.getPasswordHash()) || !account.mayLogIn()) {
      login.recordFailure();
      return SignInResult.failed(SignInResult.Outcome.BAD_CREDENTIALS);
    }
    login.recordSuccess(now);
    return SignInResult.success(principalOf(account, tenant));
  }

  static AtriumPrincipal principalOf(Account account, Tenant tenant) {
    Kind kind =
        account instanceof StaffMember
            ? Kind.STAFF
            : account instanceof Member ? Kind.MEMBER : Kind.PLATFORM;
    return new AtriumPrincipal(
        kind,
        tenant == null ? null : tenant.getId(),
        tenant == null ? null : tenant.getSlug(),
        account.getId(),
        account.getEmail(),
        account.getFullName());
  }

  private <T extends Account> Optional<Account> first(Class<T> type, String email) {
    List<T> found =
        em.createQuery("select a from " + type.getSimpleName() + " a where a.email = :email", type)
            .setParameter("email", email == null ? "" : email.trim().toLowerCase())
            .getResultList();
    return found.stream().map(Account.class::cast).findFirst();
  }
}

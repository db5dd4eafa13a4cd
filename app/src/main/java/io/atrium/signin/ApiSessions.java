package io.atrium.signin;

import io.atrium.directory.Member;
import io.atrium.identity.Account;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.AtriumPrincipal.Kind;
import io.atrium.identity.token.AccessTokens;
import io.atrium.identity.token.TokenClaims;
import io.atrium.shared.NotSignedInException;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Token pairs for the API: a short access token (MicroProfile JWT) and a single-use refresh token
 * {@code <tenant id>.<secret>}, whose prefix tells which tenant to look it up in.
 */
@ApplicationScoped
public class ApiSessions {

  static final Duration REFRESH_VALIDITY = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AccessTokens tokens;

  @Inject Tenancy tenancy;

  Clock clock = Clock.systemUTC();

  @Transactional(dontRollbackOn = NotSignedInException.class)
  /** In the tenant named by the token's prefix (see {@link #tenantOf}). */
  public TokenPair rotate(String refreshToken) {
    var now = clock.instant();
    RefreshToken stored =
        em.createQuery("select r from RefreshToken r where r.tokenHash = :h", RefreshToken.class)
            .setParameter("h", AccountLinks.sha256(refreshToken))
            .getResultStream()
            .findFirst()
            .filter(r -> r.usable(now))
            .orElseThrow(NotSignedInException::new);
    stored.use(now);
    Account account =
        stored.getPersonKind() == Kind.STAFF
            ? em.find(StaffMember.class, stored.getPersonId())
            : em.find(Member.class, stored.getPersonId());
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    if (account == null || !account.mayLogIn() || !tenant.isActive()) {
      throw new NotSignedInException();
    }
    return pairFor(Accounts.principalOf(account, tenant));
  }

  @Transactional
  public TokenPair pairFor(AtriumPrincipal principal) {
    Set<String> groups = new HashSet<>();
    groups.add(principal.kind().name().toLowerCase());
    if (principal.staff()) {
      em.find(StaffMember.class, principal.personId()).getRoles().stream()
          .map(StaffRole::getName)
          .forEach(groups::add);
    } else {
      var role = em.find(Member.class, principal.personId()).getCompanyRole();
      if (role != null) {
        groups.add(role.name().toLowerCase());
      }
    }
    String access =
        tokens.issue(
            new TokenClaims(
                Long.toString(principal.personId()),
                principal.email(),
                principal.fullName(),
                principal.tenantSlug(),
                principal.tenantId(),
                principal.kind().name().toLowerCase(),
                groups));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String refresh =
        principal.tenantId() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.persist(
        new RefreshToken(
            principal.kind(),
            principal.personId(),
            AccountLinks.sha256(refresh),
            clock.instant().plus(REFRESH_VALIDITY)));
    return new TokenPair(access, "Bearer", tokens.expiresInSeconds(), refresh);
  }

  /** The tenant a refresh token belongs to. */
  public static long tenantOf(String refreshToken) {
    int dot = refreshToken == null ? -1 : refreshToken.indexOf('.');
    try {
      return Long.parseLong(refreshToken.substring(0, dot));
    } catch (RuntimeException e) {
      throw new NotSignedInException();
    }
  }

  /** The token response of RFC 6749 §5.1. */
  public record TokenPair(
      String access_token, String token_type, long expires_in, String refresh_token) {}
}

package io.atrium.signin;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Member;
import io.atrium.identity.Account;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.AtriumPrincipal.Kind;
import io.atrium.identity.token.AccessTokens;
import io.atrium.identity.token.TokenClaims;
import io.atrium.shared.InvalidFieldsException;
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
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Token pairs for the API: a short access token (MicroProfile JWT) and a single-use refresh token
 * {@code <tenant id>.<secret>}, whose prefix tells which tenant to look it up in. Refresh tokens
 * rotated from one sign-in form a family, revoked whole on reuse or sign-out.
 */
@ApplicationScoped
public class ApiSessions {

  static final Duration REFRESH_VALIDITY = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AccessTokens tokens;

  @Inject Tenancy tenancy;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * In the tenant named by the token's prefix (see {@link #tenantOf}). A spent token presented
   * again revokes its whole family, the successor the thief or the owner already holds included,
   * and the revocation is kept although the answer is a refusal.
   */
  @Transactional(dontRollbackOn = NotSignedInException.class)
  public TokenPair rotate(String refreshToken) {
    var now = clock.instant();
    RefreshToken stored = find(refreshToken).orElseThrow(NotSignedInException::new);
    if (stored.spent()) {
      revokeFamily(stored, "REFRESH_REUSED", now);
      throw new NotSignedInException();
    }
    if (!stored.usable(now)) {
      throw new NotSignedInException();
    }
    stored.use(now);
    Account account =
        stored.getPersonKind() == Kind.STAFF
            ? em.find(StaffMember.class, stored.getPersonId())
            : em.find(Member.class, stored.getPersonId());
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    if (account == null || !account.mayLogIn() || !tenant.isActive()) {
      throw new NotSignedInException();
    }
    return issue(Accounts.principalOf(account, tenant), stored.getFamily());
  }

  /**
   * Signs an API client out (in the caller's tenant): revokes the family of a refresh token the
   * caller holds. Someone else's token, or an unknown one, is refused and left as it was.
   */
  @Transactional
  public void signOut(AtriumPrincipal caller, String refreshToken) {
    RefreshToken stored =
        find(refreshToken)
            .filter(r -> r.getPersonKind() == caller.kind() && r.getPersonId() == caller.personId())
            .orElseThrow(() -> InvalidFieldsException.of("refresh_token", "api.logout.unknown"));
    revokeFamily(stored, "SIGN_OUT", clock.instant());
  }

  private Optional<RefreshToken> find(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select r from RefreshToken r where r.tokenHash = :h", RefreshToken.class)
        .setParameter("h", AccountLinks.sha256(refreshToken))
        .getResultStream()
        .findFirst();
  }

  private void revokeFamily(RefreshToken member, String action, Instant now) {
    em.createQuery("select r from RefreshToken r where r.family = :f", RefreshToken.class)
        .setParameter("f", member.getFamily())
        .getResultList()
        .forEach(r -> r.revoke(now));
    audit.record(
        member.getPersonKind() == Kind.STAFF ? "StaffMember" : "Member",
        member.getPersonId(),
        action,
        null,
        Changes.of());
  }

  /** A new pair, the first of a new family (a sign-in). */
  @Transactional
  public TokenPair pairFor(AtriumPrincipal principal) {
    return issue(principal, UUID.randomUUID().toString());
  }

  private TokenPair issue(AtriumPrincipal principal, String family) {
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
            clock.instant().plus(REFRESH_VALIDITY),
            family));
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

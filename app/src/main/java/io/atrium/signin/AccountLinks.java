package io.atrium.signin;

import io.atrium.audit.Actor;
import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Member;
import io.atrium.identity.Account;
import io.atrium.identity.ActivationRequested;
import io.atrium.identity.AtriumPrincipal.Kind;
import io.atrium.identity.PasswordHashing;
import io.atrium.identity.PasswordRules;
import io.atrium.notifications.Mail;
import io.atrium.notifications.Notifications;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotSignedInException;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Activation ("Activer le compte") and password-reset links: created and e-mailed in one
 * transaction, redeemed once. Activation links last 7 days, reset links 1 hour. Asking for a reset
 * answers the same whether the e-mail exists or not.
 */
@ApplicationScoped
public class AccountLinks {

  static final Duration ACTIVATION_VALIDITY = Duration.ofDays(7);
  static final Duration RESET_VALIDITY = Duration.ofHours(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Notifications notifications;

  @Inject Tenants tenants;

  @Inject Accounts accounts;

  @Inject AuditTrail audit;

  /** The only base of links: from configuration, never from the request that caused the mail. */
  @Inject PublicAddress address;

  Clock clock = Clock.systemUTC();

  /** Sends the activation link that staff or directory asked for, in their transaction. */
  void onActivationRequested(@Observes ActivationRequested request) {
    Tenant tenant = tenants.current().orElseThrow(NotSignedInException::new);
    switch (request.kind()) {
      case MEMBER ->
          sendActivation(tenant, em.find(Member.class, request.personId()), request.next());
      case STAFF -> sendActivation(tenant, em.find(StaffMember.class, request.personId()));
      case PLATFORM -> throw new IllegalArgumentException("platform accounts are not activated");
    }
  }

  /** E-mails an activation link to the member (tenant-bound transaction). */
  @Transactional
  public void sendActivation(Tenant tenant, Member member) {
    sendActivation(tenant, member, null);
  }

  /**
   * E-mails an activation link to the member; once their password is chosen they land on {@code
   * next} (a path of this site) rather than their home page.
   */
  @Transactional
  public void sendActivation(Tenant tenant, Member member, String next) {
    if (member.getStatus() == Member.Status.DISABLED) {
      throw InvalidFieldsException.of("status", "member.activation.disabled");
    }
    String link = issue(AccountToken.Purpose.ACTIVATION, Kind.MEMBER, member, tenant);
    if (next != null) {
      link += "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
    mail(member, "activation", tenant, link);
    audit.record(
        "Member",
        member.getId(),
        "SEND_ACTIVATION",
        member.getHomeCentre().getId(),
        Changes.of().field("email", null, member.getEmail()));
  }

  /** E-mails an activation link to a new staff member. */
  @Transactional
  public void sendActivation(Tenant tenant, StaffMember staff) {
    String link = issue(AccountToken.Purpose.ACTIVATION, Kind.STAFF, staff, tenant);
    mail(staff, "activation", tenant, link);
    audit.record(
        "StaffMember",
        staff.getId(),
        "SEND_ACTIVATION",
        null,
        Changes.of().field("email", null, staff.getEmail()));
  }

  /** E-mails a reset link if such an active account exists; silent otherwise. */
  @Transactional
  public void requestReset(Tenant tenant, String email) {
    accounts
        .byEmail(email)
        .filter(Account::mayLogIn)
        .ifPresent(
            a -> {
              Kind kind = a instanceof StaffMember ? Kind.STAFF : Kind.MEMBER;
              mail(a, "reset", tenant, issue(AccountToken.Purpose.RESET, kind, a, tenant));
              // Nobody is signed in: whoever typed the e-mail is unknown, so the system acts.
              audit.record(
                  a.getClass().getSimpleName(),
                  a.getId(),
                  "SEND_RESET",
                  null,
                  Changes.of().redacted("resetLink"));
            });
  }

  /** Whether the link can still be used (to show the form or say it is dead). */
  @Transactional
  public boolean usable(String rawToken) {
    return token(rawToken).filter(t -> t.usable(clock.instant())).isPresent();
  }

  /**
   * Sets the password chosen through a link and returns the account's e-mail, for signing in.
   *
   * @throws InvalidLinkException when the link is unknown, used or expired
   * @throws InvalidFieldsException when the password breaks a rule
   */
  @Transactional
  public String redeem(String rawToken, String newPassword) {
    var now = clock.instant();
    AccountToken token =
        token(rawToken).filter(t -> t.usable(now)).orElseThrow(InvalidLinkException::new);
    Account account =
        token.getPersonKind() == Kind.STAFF
            ? em.find(StaffMember.class, token.getPersonId())
            : em.find(Member.class, token.getPersonId());
    if (account == null) {
      throw new InvalidLinkException();
    }
    PasswordRules.check(newPassword, account.getEmail())
        .ifPresent(
            key -> {
              throw InvalidFieldsException.of("password", key);
            });
    String hash = PasswordHashing.hash(newPassword);
    if (account instanceof Member member && member.getStatus() != Member.Status.ACTIVE) {
      member.activate(hash);
    } else {
      account.getLogin().changePassword(hash);
    }
    token.use(now);
    audit.record(
        // Holding the mailed link proves who acts, though nobody is signed in yet.
        Actor.of(Accounts.principalOf(account, null)),
        account.getClass().getSimpleName(),
        account.getId(),
        token.getPurpose() == AccountToken.Purpose.ACTIVATION ? "ACTIVATE" : "RESET_PASSWORD",
        null,
        Changes.of().redacted("password"));
    return account.getEmail();
  }

  private String issue(AccountToken.Purpose purpose, Kind kind, Account account, Tenant tenant) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Duration validity =
        purpose == AccountToken.Purpose.ACTIVATION ? ACTIVATION_VALIDITY : RESET_VALIDITY;
    em.persist(
        new AccountToken(
            purpose, kind, account.getId(), sha256(raw), clock.instant().plus(validity)));
    String page = purpose == AccountToken.Purpose.ACTIVATION ? "activate" : "reset";
    return address.base()
        + "/account/"
        + page
        + ".xhtml?workspace="
        + tenant.getSlug()
        + "&token="
        + raw;
  }

  private void mail(Account account, String template, Tenant tenant, String link) {
    notifications.email(
        new Mail(
            account.getEmail(),
            account.getFullName(),
            account.getLanguage(),
            template,
            Map.of(
                "name", account.getFullName(),
                "operator", tenant.getLegalName(),
                "workspace", tenant.getSlug(),
                "link", link)));
  }

  private Optional<AccountToken> token(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t from AccountToken t where t.tokenHash = :hash", AccountToken.class)
        .setParameter("hash", sha256(raw))
        .getResultStream()
        .findFirst();
  }

  static String sha256(String raw) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

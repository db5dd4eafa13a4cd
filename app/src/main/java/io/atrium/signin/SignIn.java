package io.atrium.signin;

import io.atrium.identity.PasswordHashing;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs someone in to a workspace: the tenant's slug, or {@value #PLATFORM} for the platform's own
 * administrators. The same e-mail may exist in several tenants; the workspace says which. Attempts
 * are throttled per source address and per address and account ({@link SignInThrottle}) before any
 * account is looked at, so a throttled answer says nothing about whether the account exists.
 */
@ApplicationScoped
public class SignIn {

  public static final String PLATFORM = "platform";

  @Inject Tenancy tenancy;

  @Inject Tenants tenants;

  @Inject Accounts accounts;

  @Inject SignInThrottle throttle;

  /**
   * @param address where the attempt comes from ({@link SourceAddress})
   */
  public SignInResult attempt(String workspace, String email, String password, String address) {
    String slug = workspace == null ? "" : workspace.trim().toLowerCase(Locale.ROOT);
    if (tenancy.runAsPlatform(() -> throttle.mustWait(address, slug, email))) {
      return SignInResult.failed(SignInResult.Outcome.THROTTLED);
    }
    SignInResult result = check(slug, email, password);
    if (result.succeeded()) {
      tenancy.runAsPlatform(
          () -> {
            throttle.succeeded(address, slug, email);
            return null;
          });
      return result;
    }
    boolean mustWait = tenancy.runAsPlatform(() -> throttle.failed(address, slug, email));
    return mustWait ? SignInResult.failed(SignInResult.Outcome.THROTTLED) : result;
  }

  private SignInResult check(String slug, String email, String password) {
    if (PLATFORM.equals(slug)) {
      return tenancy.runAsPlatform(() -> accounts.checkPlatform(email, password));
    }
    Optional<Tenant> tenant = tenancy.runAsPlatform(() -> tenants.bySlug(slug));
    if (tenant.isEmpty() || !tenant.get().isActive()) {
      PasswordHashing.decoy(password);
      return SignInResult.failed(SignInResult.Outcome.BAD_CREDENTIALS);
    }
    return tenancy.runAsTenant(
        tenant.get().getId(), () -> accounts.check(tenant.get(), email, password));
  }
}

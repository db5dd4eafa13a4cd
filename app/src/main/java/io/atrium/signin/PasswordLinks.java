package io.atrium.signin;

import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The account pages' entry: people who are not signed in name their workspace, which says in which
 * tenant the link or the e-mail is to be found.
 */
@ApplicationScoped
public class PasswordLinks {

  @Inject Tenancy tenancy;

  @Inject Tenants tenants;

  @Inject Accounts accounts;

  @Inject AccountLinks links;

  public void requestReset(String workspace, String email) {
    tenant(workspace)
        .ifPresent(t -> tenancy.runAsTenant(t.getId(), () -> links.requestReset(t, email)));
  }

  public boolean usable(String workspace, String token) {
    return tenant(workspace)
        .map(t -> tenancy.runAsTenant(t.getId(), () -> links.usable(token)))
        .orElse(false);
  }

  /** Sets the password and returns the account's e-mail, to sign in with. */
  public String redeem(String workspace, String token, String password) {
    Tenant tenant = tenant(workspace).orElseThrow(InvalidLinkException::new);
    return tenancy.runAsTenant(tenant.getId(), () -> links.redeem(token, password));
  }

  private Optional<Tenant> tenant(String workspace) {
    String slug = workspace == null ? "" : workspace.trim().toLowerCase(Locale.ROOT);
    return tenancy.runAsPlatform(() -> tenants.bySlug(slug)).filter(Tenant::isActive);
  }
}

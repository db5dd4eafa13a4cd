package io.atrium.tenancy;

import io.atrium.identity.AtriumPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which tenant the current work is for. A request's tenant is its signed-in caller's; background
 * work and sign-in name it explicitly with {@link #runAsTenant}, platform work with {@link
 * #runAsPlatform}. {@link TenantBinding} reads it when a transaction starts.
 */
@ApplicationScoped
public class Tenancy {

  /** The persistence-context property EclipseLink reads the tenant from. */
  public static final String PROPERTY = "atrium.tenant";

  private static final ThreadLocal<Scope> EXPLICIT = new ThreadLocal<>();

  @Inject Instance<HttpServletRequest> request;

  /** Runs work, and every transaction it starts, as the given tenant. */
  public <T> T runAsTenant(long tenantId, Supplier<T> work) {
    return within(Scope.tenant(tenantId), work);
  }

  public void runAsTenant(long tenantId, Runnable work) {
    runAsTenant(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs work that creates a tenant and its first rows in one transaction: bound to the new tenant
   * and allowed to write the registry.
   */
  public <T> T runAsProvisioning(long tenantId, Supplier<T> work) {
    return within(new Scope(tenantId, true), work);
  }

  /** Runs work on the tenant registry (creating, listing, suspending tenants), with no tenant. */
  public <T> T runAsPlatform(Supplier<T> work) {
    return within(Scope.PLATFORM, work);
  }

  /** The scope of the current work: explicit first, else the signed-in caller's. */
  public Optional<Scope> current() {
    Scope explicit = EXPLICIT.get();
    if (explicit != null) {
      return Optional.of(explicit);
    }
    return callerScope();
  }

  public Optional<Long> currentTenantId() {
    return current().map(Scope::tenantId);
  }

  private Optional<Scope> callerScope() {
    try {
      if (request.get().getAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE)
          instanceof AtriumPrincipal caller) {
        return Optional.of(caller.platform() ? Scope.PLATFORM : Scope.tenant(caller.tenantId()));
      }
    } catch (RuntimeException outsideRequest) {
      // No request (a background thread): only an explicit scope applies.
    }
    return Optional.empty();
  }

  private static <T> T within(Scope scope, Supplier<T> work) {
    Scope previous = EXPLICIT.get();
    EXPLICIT.set(scope);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        EXPLICIT.remove();
      } else {
        EXPLICIT.set(previous);
      }
    }
  }

  /** A tenant, the platform's registry, or both while a tenant is being created. */
  public record Scope(Long tenantId, boolean platform) {
    public static final Scope PLATFORM = new Scope(null, true);

    public static Scope tenant(long tenantId) {
      return new Scope(tenantId, false);
    }
  }
}

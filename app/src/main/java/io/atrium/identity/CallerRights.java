package io.atrium.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads what a signed-in person may do, fresh for each request, so a role edited in the rights
 * matrix, a deactivated account or a suspended tenant takes effect at once. The capabilities that
 * own people and tenants sit above this one, so they answer through {@link PersonRights} and {@link
 * TenantStatus}, in the one transaction this opens (bound to the person's tenant).
 */
@ApplicationScoped
public class CallerRights {

  @Inject Instance<PersonRights> people;

  @Inject TenantStatus tenants;

  /**
   * What the person may do: nothing when they are no longer active, when their tenant is suspended
   * (its people keep their sessions and tokens but may no longer do anything), or for the platform
   * administrator, who works outside tenants.
   */
  @Transactional
  public Rights of(AtriumPrincipal principal) {
    if (principal.kind() == AtriumPrincipal.Kind.PLATFORM
        || !tenants.active(principal.tenantId())) {
      return Rights.NONE;
    }
    for (PersonRights source : people) {
      if (source.kind() == principal.kind()) {
        return source.of(principal.personId());
      }
    }
    return Rights.NONE;
  }

  /** A caller's permissions (staff), client rights (members) and centres. */
  public record Rights(
      Set<Permission> permissions,
      Set<ClientRight> clientRights,
      CentreScope centres,
      Long companyId,
      CompanyRole companyRole) {
    public static final Rights NONE =
        new Rights(
            Set.of(),
            EnumSet.noneOf(ClientRight.class),
            new CentreScope(false, Set.of()),
            null,
            null);

    public boolean active() {
      return this != NONE;
    }
  }
}

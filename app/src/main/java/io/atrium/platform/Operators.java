package io.atrium.platform;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotSignedInException;
import io.atrium.signin.AccountLinks;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.manifest.ManifestException;
import io.atrium.tenancy.manifest.ManifestReader;
import io.atrium.tenancy.manifest.StaffManifest;
import io.atrium.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.List;

/**
 * The tenant registry as the platform's administrators run it: list the operators, suspend and
 * reinstate them, create them from a manifest or from the "new tenant" form. Everything here needs
 * a platform administrator; their requests run in platform scope, which sees the registry and no
 * tenant's rows.
 */
@ApplicationScoped
public class Operators {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject TenantImport tenantImport;

  @Inject AccountLinks links;

  @Inject TenantWriter writer;

  @Inject Tenancy tenancy;

  /** Every tenant, newest first. */
  @Transactional
  public List<Tenant> list() {
    requirePlatform();
    return em.createQuery("select t from Tenant t order by t.createdAt desc, t.slug", Tenant.class)
        .getResultList();
  }

  /**
   * Nobody of the tenant can sign in any more; signed-in people lose every right at once. Bound to
   * that tenant as well as the registry, so the change is written in the tenant's own audit log.
   */
  public Tenant suspend(long tenantId) {
    requirePlatform();
    return tenancy.runAsProvisioning(tenantId, () -> writer.setActive(tenantId, false));
  }

  public Tenant reinstate(long tenantId) {
    requirePlatform();
    return tenancy.runAsProvisioning(tenantId, () -> writer.setActive(tenantId, true));
  }

  /**
   * Creates a tenant from an uploaded manifest; staff without a (demo) password are e-mailed an
   * activation link.
   *
   * @throws ManifestException when the manifest is wrong (file, line, field); nothing is written
   * @throws InvalidFieldsException ({@code slug}) when a tenant with that slug exists
   */
  public Tenant importManifest(String fileName, Reader manifest) {
    requirePlatform();
    return create(ManifestReader.read(fileName, manifest));
  }

  /**
   * Creates a tenant from the "new tenant" form and e-mails its Super Admin an activation link.
   *
   * @throws InvalidFieldsException naming each wrong field, or {@code slug} when it is taken
   */
  public Tenant open(NewOperator form) {
    requirePlatform();
    return create(form.manifest());
  }

  private Tenant create(TenantManifest manifest) {
    return tenantImport
        .importNew(manifest, tenant -> invite(tenant, manifest))
        .orElseThrow(() -> InvalidFieldsException.of("slug", "platform.slug.taken"));
  }

  /** In the tenant's creating transaction: a mail exists exactly when the tenant does. */
  private void invite(Tenant tenant, TenantManifest manifest) {
    for (StaffManifest declared : manifest.staff()) {
      if (declared.password() == null) {
        StaffMember staff =
            em.createQuery("select s from StaffMember s where s.email = :email", StaffMember.class)
                .setParameter("email", declared.email())
                .getSingleResult();
        links.sendActivation(tenant, staff);
      }
    }
  }

  private void requirePlatform() {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (!principal.platform()) {
      throw new ForbiddenException();
    }
  }
}

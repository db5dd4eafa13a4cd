package io.atrium.staff;

import io.atrium.identity.PasswordHashing;
import io.atrium.platform.DefaultRoles;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.manifest.RoleManifest;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For in-container staff tests, what only they need beside {@link TestTenants}: demo tenants' roles
 * put back as the manifests declare them, and staff members limited to some centres and holding
 * demo roles, made once and found again by e-mail, so every run starts the same.
 */
@ApplicationScoped
public class StaffFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction transactions;

  @Inject TestTenants tenants;

  /** Puts the demo roles' permissions and thresholds back as the manifests (DefaultRoles) say. */
  public void resetDemoRoles(String slug) {
    tenancy.runAsTenant(
        tenants.idOf(slug),
        () ->
            transactions.run(
                () -> {
                  for (RoleManifest declared : DefaultRoles.all()) {
                    StaffRole role =
                        em.createQuery(
                                "select r from StaffRole r where r.name = :name", StaffRole.class)
                            .setParameter("name", declared.name())
                            .getSingleResult();
                    role.grantOnly(new HashSet<>(declared.permissions()));
                    role.setMaxDiscountPercent(declared.maxDiscountPercent());
                    role.setMaySeeBalances(declared.maySeeBalances());
                  }
                }));
  }

  /**
   * An active staff member working in the given centres only, holding the given roles, with the
   * demo password; created when missing, put back otherwise. Returns their id.
   */
  public long staffIn(
      String slug, String email, String fullName, List<String> centreCodes, List<String> roles) {
    return tenancy.runAsTenant(
        tenants.idOf(slug),
        () ->
            transactions.call(
                () -> {
                  StaffMember staff =
                      em.createQuery(
                              "select s from StaffMember s where s.email = :email",
                              StaffMember.class)
                          .setParameter("email", email)
                          .getResultStream()
                          .findFirst()
                          .orElseGet(
                              () -> {
                                var created = new StaffMember(fullName, email, "fr");
                                created
                                    .getLogin()
                                    .changePassword(
                                        PasswordHashing.hash(
                                            io.atrium.tenancy.manifest.ManifestReader
                                                .DEMO_PASSWORD));
                                em.persist(created);
                                return created;
                              });
                  Set<Centre> centres = new HashSet<>();
                  for (String code : centreCodes) {
                    centres.add(
                        em.createQuery("select c from Centre c where c.code = :code", Centre.class)
                            .setParameter("code", code)
                            .getSingleResult());
                  }
                  staff.workIn(centres);
                  staff.reactivate();
                  staff.getRoles().clear();
                  for (String name : roles) {
                    staff
                        .getRoles()
                        .add(
                            em.createQuery(
                                    "select r from StaffRole r where r.name = :name",
                                    StaffRole.class)
                                .setParameter("name", name)
                                .getSingleResult());
                  }
                  em.flush();
                  return staff.getId();
                }));
  }

  /** Removes a role that a test created (nobody holds it). */
  public void deleteRole(String slug, String name) {
    tenancy.runAsTenant(
        tenants.idOf(slug),
        () ->
            transactions.run(
                () ->
                    em.createQuery(
                            "select r from StaffRole r where r.name = :name", StaffRole.class)
                        .setParameter("name", name)
                        .getResultStream()
                        .forEach(em::remove)));
  }
}

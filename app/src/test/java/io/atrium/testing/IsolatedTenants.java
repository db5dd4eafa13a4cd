package io.atrium.testing;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.PasswordHashing;
import io.atrium.identity.Permission;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * In test deployments only: tenants of one test, made in the container the way the platform makes
 * them. Slugs get a random suffix, so tests never share a tenant and a kept database (the IT data
 * directory survives builds) never holds one already; {@link #tenantNamed} is for the browser tests
 * that must know the workspace in advance.
 */
@ApplicationScoped
public class IsolatedTenants {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  /** A tenant and its first centre. */
  public record TestTenant(long id, String slug, long centreId) {}

  /** A staff member who can sign in with the password, and the principal a sign-in would give. */
  public record TestStaff(long id, String email, String password, AtriumPrincipal principal) {}

  /** A new tenant in Paris time with one centre, slug {@code <prefix>-<random>}. */
  public TestTenant tenant(String prefix) {
    return create(prefix + "-" + suffix());
  }

  /**
   * The tenant with this slug, made on first use: for tests whose browser side must know the
   * workspace before the server side has run.
   */
  public TestTenant tenantNamed(String slug) {
    Long existing =
        tenancy.runAsPlatform(
            () ->
                tx.call(
                    () ->
                        em.createQuery("select t.id from Tenant t where t.slug = :slug", Long.class)
                            .setParameter("slug", slug)
                            .getResultStream()
                            .findFirst()
                            .orElse(null)));
    if (existing == null) {
      return create(slug);
    }
    long centreId =
        tenancy.runAsTenant(
            existing,
            () ->
                tx.call(
                    () ->
                        em.createQuery("select min(c.id) from Centre c", Long.class)
                            .getSingleResult()));
    return new TestTenant(existing, slug, centreId);
  }

  /** A staff member of all centres with one role holding exactly the given permissions. */
  public TestStaff staff(TestTenant tenant, String name, Permission... permissions) {
    return staff(tenant, name, "Test-" + suffix() + "-pass", permissions);
  }

  /**
   * The staff member with this name's e-mail, made on first use, whose password and role's
   * permissions are set to these.
   */
  public TestStaff staff(
      TestTenant tenant, String name, String password, Permission... permissions) {
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + tenant.slug() + ".test";
    long id =
        tenancy.runAsTenant(
            tenant.id(),
            () ->
                tx.call(
                    () -> {
                      StaffMember staff =
                          em.createQuery(
                                  "select s from StaffMember s where s.email = :email",
                                  StaffMember.class)
                              .setParameter("email", email)
                              .getResultStream()
                              .findFirst()
                              .orElse(null);
                      if (staff == null) {
                        StaffRole role = new StaffRole("Role of " + name);
                        em.persist(role);
                        staff = new StaffMember(name, email, "en");
                        staff.workInAllCentres();
                        staff.getRoles().add(role);
                        em.persist(staff);
                      }
                      staff.getRoles().forEach(role -> role.grantOnly(Set.of(permissions)));
                      staff.getLogin().changePassword(PasswordHashing.hash(password));
                      em.flush();
                      return staff.getId();
                    }));
    return new TestStaff(
        id,
        email,
        password,
        new AtriumPrincipal(
            AtriumPrincipal.Kind.STAFF, tenant.id(), tenant.slug(), id, email, name));
  }

  private TestTenant create(String slug) {
    long id =
        tenancy.runAsPlatform(
            () ->
                tx.call(
                    () -> {
                      long tenantId =
                          ((Number)
                                  em.createNativeQuery("SELECT nextval('atrium_id_seq')")
                                      .getSingleResult())
                              .longValue();
                      Tenant tenant = new Tenant(tenantId, slug, "Test operator " + slug);
                      tenant.setDefaultLocale("en");
                      tenant.setCurrency("EUR");
                      tenant.setTimeZone("Europe/Paris");
                      tenant.setCountry("FR");
                      em.persist(tenant);
                      return tenantId;
                    }));
    long centreId =
        tenancy.runAsTenant(
            id,
            () ->
                tx.call(
                    () -> {
                      Centre centre = new Centre("PAR1", "Paris One", "FR", "Europe/Paris", "EUR");
                      centre.chargeVat(new BigDecimal("20.00"));
                      em.persist(centre);
                      em.flush();
                      return centre.getId();
                    }));
    return new TestTenant(id, slug, centreId);
  }

  private static String suffix() {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      suffix.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36)));
    }
    return suffix.toString();
  }
}

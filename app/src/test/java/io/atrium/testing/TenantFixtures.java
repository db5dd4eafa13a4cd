package io.atrium.testing;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.PasswordHashing;
import io.atrium.identity.Permission;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * For in-container tests: tenants and staff made through the application's own entities, bound like
 * production code binds them. Both are found again by slug or e-mail, so a fixture with a fixed
 * name can be set up by every run (tests whose browser side must know the names).
 */
@ApplicationScoped
public class TenantFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction transactions;

  /** The tenant with this slug, created when missing (legal name from the slug). */
  public long tenant(String slug, String language, String timeZone) {
    return tenancy.runAsPlatform(
        () ->
            transactions.call(
                () ->
                    em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst()
                        .map(Tenant::getId)
                        .orElseGet(() -> create(slug, language, timeZone))));
  }

  private long create(String slug, String language, String timeZone) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('atrium_id_seq')").getSingleResult())
            .longValue();
    Tenant tenant = new Tenant(id, slug, "Operator " + slug);
    tenant.setDefaultLocale(language);
    tenant.setCurrency("EUR");
    tenant.setTimeZone(timeZone);
    tenant.setCountry("FR");
    em.persist(tenant);
    return id;
  }

  /**
   * An active staff member of the tenant, working in every centre, holding exactly the given
   * rights, with this password; created or reset.
   */
  public AtriumPrincipal staff(
      long tenantId,
      String email,
      String fullName,
      String language,
      String password,
      Permission... rights) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            transactions.call(
                () -> {
                  StaffRole role = role("Role of " + email);
                  role.grantOnly(Set.of(rights));
                  StaffMember staff =
                      em.createQuery(
                              "select s from StaffMember s where s.email = :email",
                              StaffMember.class)
                          .setParameter("email", email)
                          .getResultStream()
                          .findFirst()
                          .orElseGet(
                              () -> {
                                StaffMember created = new StaffMember(fullName, email, language);
                                em.persist(created);
                                return created;
                              });
                  staff.setLanguage(language);
                  staff.workInAllCentres();
                  staff.reactivate();
                  staff.getRoles().clear();
                  staff.getRoles().add(role);
                  staff.getLogin().changePassword(PasswordHashing.hash(password));
                  String slug = em.find(Tenant.class, tenantId).getSlug();
                  return new AtriumPrincipal(
                      AtriumPrincipal.Kind.STAFF,
                      tenantId,
                      slug,
                      staff.getId(),
                      email,
                      staff.getFullName());
                }));
  }

  private StaffRole role(String name) {
    return em.createQuery("select r from StaffRole r where r.name = :name", StaffRole.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              StaffRole created = new StaffRole(name);
              em.persist(created);
              return created;
            });
  }

  /** Every row of an entity in the tenant, read in a transaction of its own. */
  public <T> List<T> all(long tenantId, Class<T> entity) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            transactions.call(
                () ->
                    em.createQuery("select x from " + entity.getSimpleName() + " x", entity)
                        .getResultList()));
  }

  /** Deletes the tenant's notices and outbox, so a test starts from a known state. */
  public void clearMessages(long tenantId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            transactions.run(
                () -> {
                  em.createQuery("delete from OutboxMail m").executeUpdate();
                  em.createQuery("delete from Notification n").executeUpdate();
                }));
  }
}

package io.atrium.testing;

import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.PasswordHashing;
import io.atrium.identity.Permission;
import io.atrium.notifications.Notification;
import io.atrium.platform.TenantImport;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.manifest.ManifestReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In test deployments only: the tenants, staff and rows of in-container tests, made through the
 * application's own entities and bound like production code binds them. The run shares one
 * deployment and the IT database survives builds, so a test that writes works in a tenant of its
 * own: {@link #fresh} gives each call a new slug. {@link #named} is for the browser tests whose
 * client side must know the workspace in advance; {@link #idOf} and the principals read the demo
 * tenants, which tests never change.
 */
@ApplicationScoped
public class TestTenants {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  @Inject TenantImport tenantImport;

  /** A tenant and its first centre. */
  public record TestTenant(long id, String slug, long centreId) {}

  /** A staff member who can sign in with the password, and the principal a sign-in would give. */
  public record TestStaff(long id, String email, String password, AtriumPrincipal principal) {}

  /** A new English tenant in Paris time with one centre, slug {@code <prefix>-<random>}. */
  public TestTenant fresh(String prefix) {
    return fresh(prefix, "en", "Europe/Paris");
  }

  /**
   * A new tenant in this language and time zone with one centre, slug {@code <prefix>-<random>}.
   */
  public TestTenant fresh(String prefix, String language, String timeZone) {
    return create(prefix + "-" + suffix(), language, timeZone);
  }

  /** The tenant with this slug, made on first use in English and Paris time. */
  public TestTenant named(String slug) {
    return named(slug, "en", "Europe/Paris");
  }

  /**
   * The tenant with this slug, made on first use in this language and time zone: for tests whose
   * browser side must know the workspace before the server side has run.
   */
  public TestTenant named(String slug, String language, String timeZone) {
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
      return create(slug, language, timeZone);
    }
    return new TestTenant(existing, slug, firstCentre(existing, timeZone));
  }

  /**
   * A copy of a demo operator ({@code lumiere}, {@code banyan}) under a fresh slug, imported from
   * its bundled manifest as the server imports the demo at start: for in-server tests that change
   * the demo's people or settings, so they never change the demo tenant other classes read. The
   * import hashes every demo password, so take one copy per test class. Returns its slug.
   */
  public String copyOf(String demo) {
    String slug = demo + "-" + suffix();
    String resource = "tenants/" + demo + "/tenant.yaml";
    try (InputStream in = TestTenants.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No bundled manifest " + resource);
      }
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("slug: " + demo, "slug: " + slug);
      if (!tenantImport.importIfAbsent(ManifestReader.read(resource, new StringReader(text)))) {
        throw new IllegalStateException("A tenant " + slug + " exists already");
      }
      return slug;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * i13-collection: a copy of a demo operator under this slug, made on first use, for browser tests
   * whose client side must know the workspace. Returns whether it was made now.
   */
  public boolean copyOf(String demo, String slug) {
    String resource = "tenants/" + demo + "/tenant.yaml";
    try (InputStream in = TestTenants.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No bundled manifest " + resource);
      }
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("slug: " + demo, "slug: " + slug);
      return tenantImport.importIfAbsent(ManifestReader.read(resource, new StringReader(text)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id of a tenant that exists already, such as a demo tenant (to read, never to change). */
  public long idOf(String slug) {
    return tenancy.runAsPlatform(
        () ->
            tx.call(
                () ->
                    em.createQuery("select t.id from Tenant t where t.slug = :slug", Long.class)
                        .setParameter("slug", slug)
                        .getSingleResult()));
  }

  /** Suspends the tenant, as the platform's administrator does. */
  public void suspend(String slug) {
    tenancy.runAsPlatform(
        () ->
            tx.call(
                () -> {
                  bySlug(slug).suspend();
                  return null;
                }));
  }

  /** Makes the tenant active again, whatever a test left it in. */
  public void reinstate(String slug) {
    tenancy.runAsPlatform(
        () ->
            tx.call(
                () -> {
                  bySlug(slug).reinstate();
                  return null;
                }));
  }

  private Tenant bySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getSingleResult();
  }

  /** A staff member of all centres with one role holding exactly the given permissions. */
  public TestStaff staff(TestTenant tenant, String name, Permission... permissions) {
    return staff(tenant, name, "Test-" + suffix() + "-pass", permissions);
  }

  /** The same, with this password, the e-mail made from the name and the tenant's slug. */
  public TestStaff staff(
      TestTenant tenant, String name, String password, Permission... permissions) {
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + tenant.slug() + ".test";
    return staff(tenant.id(), email, name, "en", password, permissions);
  }

  /**
   * An active staff member of the tenant, working in every centre, holding exactly the given rights
   * through one role of their own, with this language and password; created, or put back so when a
   * test with a fixed e-mail ran before.
   */
  public TestStaff staff(
      long tenantId,
      String email,
      String fullName,
      String language,
      String password,
      Permission... rights) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
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
                  em.flush();
                  String slug = em.find(Tenant.class, tenantId).getSlug();
                  return new TestStaff(
                      staff.getId(),
                      email,
                      password,
                      new AtriumPrincipal(
                          AtriumPrincipal.Kind.STAFF,
                          tenantId,
                          slug,
                          staff.getId(),
                          email,
                          staff.getFullName()));
                }));
  }

  /** The principal a sign-in would give an existing staff member (of a demo tenant, say). */
  public AtriumPrincipal staffPrincipal(String slug, String email) {
    long tenant = idOf(slug);
    StaffMember staff =
        tenancy.runAsTenant(
            tenant,
            () ->
                tx.call(
                    () ->
                        em.createQuery(
                                "select s from StaffMember s where s.email = :e", StaffMember.class)
                            .setParameter("e", email)
                            .getSingleResult()));
    return new AtriumPrincipal(
        AtriumPrincipal.Kind.STAFF, tenant, slug, staff.getId(), email, staff.getFullName());
  }

  /** The principal a sign-in would give an existing client member. */
  public AtriumPrincipal memberPrincipal(String slug, String email) {
    long tenant = idOf(slug);
    Member member =
        tenancy.runAsTenant(
            tenant,
            () ->
                tx.call(
                    () ->
                        em.createQuery("select m from Member m where m.email = :e", Member.class)
                            .setParameter("e", email)
                            .getSingleResult()));
    return new AtriumPrincipal(
        AtriumPrincipal.Kind.MEMBER, tenant, slug, member.getId(), email, member.getFullName());
  }

  /** The id of the tenant's centre with this code. */
  public long centreId(String slug, String code) {
    return tenancy.runAsTenant(
        idOf(slug),
        () ->
            tx.call(
                () ->
                    em.createQuery("select c.id from Centre c where c.code = :code", Long.class)
                        .setParameter("code", code)
                        .getSingleResult()));
  }

  /** Every row of an entity in the tenant, read in a transaction of its own. */
  public <T> List<T> all(long tenantId, Class<T> entity) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    em.createQuery("select x from " + entity.getSimpleName() + " x", entity)
                        .getResultList()));
  }

  /** How many rows the tenant has in a table (tickets, attachments...). */
  public long rows(String slug, String table) {
    return tenancy.runAsTenant(
        idOf(slug),
        () ->
            tx.call(
                () ->
                    ((Number)
                            em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult())
                        .longValue()));
  }

  /** The queued mails of the tenant to an address, as "language|subject", oldest first. */
  public List<String> mailsTo(String slug, String email) {
    return tenancy.runAsTenant(
        idOf(slug),
        () ->
            tx.call(
                () ->
                    em
                        .createNativeQuery(
                            "SELECT language || '|' || subject FROM outbox_mail"
                                + " WHERE to_email = ?1 ORDER BY created_at, id")
                        .setParameter(1, email)
                        .getResultList()
                        .stream()
                        .map(String::valueOf)
                        .toList()));
  }

  /**
   * The titles of a person's notices, oldest first, as their bell shows them on a page in this
   * language (which may not be the one of their profile, that the notices were written in).
   */
  public List<String> noticesTo(AtriumPrincipal person, Locale pageLanguage) {
    return tenancy.runAsTenant(
        person.tenantId(),
        () ->
            tx.call(
                () ->
                    em
                        .createQuery(
                            "SELECT n FROM Notification n WHERE n.recipientKind = :kind"
                                + " AND n.recipientId = :id ORDER BY n.createdAt, n.id",
                            Notification.class)
                        .setParameter("kind", person.kind())
                        .setParameter("id", person.personId())
                        .getResultList()
                        .stream()
                        .map(n -> n.titleIn(pageLanguage))
                        .toList()));
  }

  /**
   * A mail already through the outbox in this state ({@code SENT}, {@code CAPTURED}...), written as
   * a row: the worker would race a queued mail, and the IT server always has an SMTP server, so no
   * run of its own ends in CAPTURED.
   */
  public void mailIn(long tenantId, String status, String toEmail, String subject) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () ->
                    em.createNativeQuery(
                            "INSERT INTO outbox_mail (tenant_id, id, to_email, to_name, language,"
                                + " template, subject, body, status, sent_at)"
                                + " VALUES (?1, nextval('atrium_id_seq'), ?2, ?2, 'en', 'test', ?3,"
                                + " ?3, ?4, now())")
                        .setParameter(1, tenantId)
                        .setParameter(2, toEmail)
                        .setParameter(3, subject)
                        .setParameter(4, status)
                        .executeUpdate()));
  }

  /** Deletes the tenant's notices and outbox, so a test starts from a known state. */
  public void clearMessages(long tenantId) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () -> {
                  em.createQuery("delete from OutboxMail m").executeUpdate();
                  em.createQuery("delete from Notification n").executeUpdate();
                }));
  }

  private TestTenant create(String slug, String language, String timeZone) {
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
                      tenant.setDefaultLocale(language);
                      tenant.setCurrency("EUR");
                      tenant.setTimeZone(timeZone);
                      tenant.setCountry("FR");
                      em.persist(tenant);
                      return tenantId;
                    }));
    return new TestTenant(id, slug, firstCentre(id, timeZone));
  }

  /** The tenant's first centre; one is opened when it has none (a tenant of an older run). */
  private long firstCentre(long tenantId, String timeZone) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () -> {
                  Long first =
                      em.createQuery("select min(c.id) from Centre c", Long.class)
                          .getSingleResult();
                  if (first != null) {
                    return first;
                  }
                  Centre centre = new Centre("PAR1", "Paris One", "FR", timeZone, "EUR");
                  centre.chargeVat(new BigDecimal("20.00"));
                  em.persist(centre);
                  em.flush();
                  return centre.getId();
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

  private static String suffix() {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      suffix.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36)));
    }
    return suffix.toString();
  }
}

package io.atrium.helpdesk;

import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * For in-container helpdesk tests: the demo tenants' people as principals (as a sign-in makes
 * them), centres by code, support managers set directly, and counts of what was written.
 */
@ApplicationScoped
public class HelpdeskFixtures {

  /** The first bytes of a PNG: enough for its kind to be read from the content. */
  public static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    0x0D,
    0x0A,
    0x1A,
    0x0A,
    0,
    0,
    0,
    0x0D,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1
  };

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  public long tenantId(String slug) {
    return tenancy.runAsPlatform(
        () ->
            tx.call(
                () ->
                    em.createQuery("select t.id from Tenant t where t.slug = :slug", Long.class)
                        .setParameter("slug", slug)
                        .getSingleResult()));
  }

  public AtriumPrincipal staff(String slug, String email) {
    long tenant = tenantId(slug);
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

  public AtriumPrincipal member(String slug, String email) {
    long tenant = tenantId(slug);
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

  public long centreId(String slug, String code) {
    return tenancy.runAsTenant(
        tenantId(slug),
        () ->
            tx.call(
                () ->
                    em.createQuery("select c.id from Centre c where c.code = :code", Long.class)
                        .setParameter("code", code)
                        .getSingleResult()));
  }

  /** Makes exactly these staff members the support managers of the centre. */
  public void managers(String slug, String code, String... emails) {
    tenancy.runAsTenant(
        tenantId(slug),
        () ->
            tx.run(
                () -> {
                  Centre centre =
                      em.createQuery("select c from Centre c where c.code = :code", Centre.class)
                          .setParameter("code", code)
                          .getSingleResult();
                  em.createQuery("delete from SupportManager m where m.centre = :c")
                      .setParameter("c", centre)
                      .executeUpdate();
                  for (String email : emails) {
                    StaffMember staff =
                        em.createQuery(
                                "select s from StaffMember s where s.email = :e", StaffMember.class)
                            .setParameter("e", email)
                            .getSingleResult();
                    em.persist(new SupportManager(centre, staff));
                  }
                }));
  }

  /** How many rows the tenant has in a table (tickets, attachments...). */
  public long rows(String slug, String table) {
    return tenancy.runAsTenant(
        tenantId(slug),
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
        tenantId(slug),
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
}

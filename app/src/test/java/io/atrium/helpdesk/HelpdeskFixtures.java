package io.atrium.helpdesk;

import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * For helpdesk tests, what only they need beside {@link TestTenants}: a PNG's first bytes, and
 * support managers set directly.
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

  @Inject TestTenants tenants;

  /** Makes exactly these staff members the support managers of the centre. */
  public void managers(String slug, String code, String... emails) {
    tenancy.runAsTenant(
        tenants.idOf(slug),
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
}

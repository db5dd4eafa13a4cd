package io.atrium.audit;

import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.PasswordHashing;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * In {@link AuditCoverageIT}'s deployment only: commands written the way a forgetful developer
 * would, to show that {@link AuditCoverage} refuses them, and the same commands done right.
 */
@ApplicationScoped
public class CoverageProbe {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail trail;

  /** Changes a row and forgets the audit log. */
  @Transactional
  public void renameWithoutAudit(long roleId, String name) {
    em.find(StaffRole.class, roleId).rename(name);
  }

  /** The same change, audited. */
  @Transactional
  public void renameAudited(long roleId, String name) {
    StaffRole role = em.find(StaffRole.class, roleId);
    String before = role.getName();
    role.rename(name);
    trail.record("StaffRole", roleId, "UPDATE", null, Changes.of().field("name", before, name));
  }

  /** Reads only: nothing to audit. */
  @Transactional
  public String read(long roleId) {
    return em.find(StaffRole.class, roleId).getName();
  }

  /** A company whose first member is its active administrator, as an activated invitation. */
  @Transactional
  public Member companyWithAdministrator(long centreId, String name, String domain) {
    Centre centre = em.find(Centre.class, centreId);
    Company company = new Company("Company of " + name, Company.Kind.CLIENT, centre);
    em.persist(company);
    Member member =
        new Member(company, CompanyRole.ADMINISTRATOR, name, "admin@" + domain + ".test", "fr");
    member.activate(PasswordHashing.hash("Probe-pass-2026!"));
    em.persist(member);
    em.flush();
    company.setMainContact(member);
    trail.record("Company", company.getId(), "CREATE", centreId, Changes.of());
    return member;
  }

  /** The entries of one entity, newest first, whoever may read the log. */
  @Transactional
  public List<AuditEntry> entries(String type, Object id) {
    return em.createQuery(
            "select e from AuditEntry e where e.entityType = :type and e.entityId = :id"
                + " order by e.seq desc",
            AuditEntry.class)
        .setParameter("type", type)
        .setParameter("id", String.valueOf(id))
        .getResultList();
  }
}

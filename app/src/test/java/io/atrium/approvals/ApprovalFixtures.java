package io.atrium.approvals;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Discount requests for the approvals tests: a document of the test kind submitted by a staff
 * member (the caller on the test's request), and what the database then holds, each in a
 * transaction of its own in the tenant.
 */
@ApplicationScoped
public class ApprovalFixtures {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Approvals approvals;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  @Inject HttpServletRequest request;

  @Inject BeanManager beans;

  /**
   * Signs this person in on the test's request. The caller's rights are read once per request, so a
   * test switching people within its one request makes the request's Caller read them again.
   */
  public void signIn(AtriumPrincipal who) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, who);
    try {
      Bean<?> bean = beans.resolve(beans.getBeans(Caller.class));
      Object caller = beans.getContext(RequestScoped.class).get(bean);
      if (caller != null) {
        Field rights = Caller.class.getDeclaredField("rights");
        rights.setAccessible(true);
        rights.set(caller, null);
        // its answers to can(...) were the previous person's
        Field answers = Caller.class.getDeclaredField("answers");
        answers.setAccessible(true);
        ((java.util.Map<?, ?>) answers.get(caller)).clear();
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A document id of its own for each test (documents of the test kind are not stored). */
  public static long newDocument() {
    return UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFFFFFFL;
  }

  /** Submits the document's discount as the staff member; empty when within their ceiling. */
  public Optional<ApprovalRequest> submit(
      long tenantId, long centreId, long document, BigDecimal percent, long requesterId) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    approvals.submit(
                        new ApprovalDocument(
                            DecisionsHeard.KIND,
                            document,
                            em.find(Centre.class, centreId),
                            "Office " + document,
                            new BigDecimal("1234.50"),
                            "EUR",
                            "/pricing/quote.xhtml?id=" + document),
                        percent,
                        em.find(StaffMember.class, requesterId))));
  }

  public ApprovalRequest reread(long tenantId, long id) {
    return tenancy.runAsTenant(tenantId, () -> tx.call(() -> em.find(ApprovalRequest.class, id)));
  }

  public long requestsOf(long tenantId, long document) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    em.createQuery(
                            "select count(a) from ApprovalRequest a where a.documentId = :d",
                            Long.class)
                        .setParameter("d", document)
                        .getSingleResult()));
  }

  /** The titles of a person's bell notices, as written in their language. */
  public List<String> noticeTitles(long tenantId, long personId) {
    return tenancy.runAsTenant(
        tenantId,
        () ->
            tx.call(
                () ->
                    em.createQuery(
                            "select n.title from Notification n where n.recipientId = :id",
                            String.class)
                        .setParameter("id", personId)
                        .getResultList()));
  }

  /** Limits a staff member to one centre and sets the ceiling of each of their roles. */
  public void limitTo(long tenantId, long staffId, long centreId, BigDecimal ceiling) {
    tenancy.runAsTenant(
        tenantId,
        () ->
            tx.run(
                () -> {
                  StaffMember staff = em.find(StaffMember.class, staffId);
                  staff.workIn(Set.of(em.find(Centre.class, centreId)));
                  staff.getRoles().forEach(r -> r.setMaxDiscountPercent(ceiling));
                }));
  }
}

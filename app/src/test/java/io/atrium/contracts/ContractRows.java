package io.atrium.contracts;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Permission;
import io.atrium.invoicing.Invoice;
import io.atrium.spaces.Space;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.InTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the contracts tests read in a tenant, each in a transaction of its own: demo ids by their
 * codes and names, and the rows signing writes.
 */
@ApplicationScoped
public class ContractRows {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  public long item(long tenant, String code) {
    return in(
        tenant,
        () ->
            em.createQuery("select i from CatalogueItem i where i.code = :c", CatalogueItem.class)
                .setParameter("c", code)
                .getSingleResult()
                .getId());
  }

  public long space(long tenant, String name) {
    return in(
        tenant,
        () ->
            em.createQuery("select s from Space s where s.name = :n", Space.class)
                .setParameter("n", name)
                .getSingleResult()
                .getId());
  }

  public Space.Status spaceStatus(long tenant, long spaceId) {
    return in(tenant, () -> em.find(Space.class, spaceId).getStatus());
  }

  public long company(long tenant, String name) {
    return in(
        tenant,
        () ->
            em.createQuery("select c from Company c where c.name = :n", Company.class)
                .setParameter("n", name)
                .getSingleResult()
                .getId());
  }

  public Contract contract(long tenant, long id) {
    return in(
        tenant,
        () -> {
          Contract contract = em.find(Contract.class, id);
          contract.getLines().size();
          return contract;
        });
  }

  public List<Invoice> invoices(long tenant, long contractId) {
    return in(
        tenant,
        () -> {
          List<Invoice> found =
              em.createQuery(
                      "select i from Invoice i where i.contractId = :c order by i.id",
                      Invoice.class)
                  .setParameter("c", contractId)
                  .getResultList();
          found.forEach(i -> i.getLines().size());
          return found;
        });
  }

  /** The role's holders may read, make and change contracts (the demo's managers may not). */
  public void grantContracts(long tenant, String role) {
    in(
        tenant,
        () -> {
          StaffRole found =
              em.createQuery("select r from StaffRole r where r.name = :n", StaffRole.class)
                  .setParameter("n", role)
                  .getSingleResult();
          for (Action action : new Action[] {Action.READ, Action.CREATE, Action.EDIT}) {
            found.grant(Permission.of(Area.CONTRACTS, action));
          }
          return found;
        });
  }

  /** Rows of a native query, as lists of column values. */
  public List<?> rows(long tenant, String sql) {
    return in(tenant, () -> em.createNativeQuery(sql).getResultList());
  }

  public long count(long tenant, String table) {
    return in(
        tenant,
        () ->
            ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult())
                .longValue());
  }

  private <T> T in(long tenant, java.util.function.Supplier<T> work) {
    return tenancy.runAsTenant(tenant, () -> tx.call(work));
  }
}

package io.atrium.contracts;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The contracts a billing run may bill (i13-billing): those of some payers at a centre in a
 * billable status, with their lines, in one query. The run decides which days of them are due.
 */
@ApplicationScoped
public class BillableContracts {

  /** Signed and not cancelled: what a period may be billed for. */
  public static final List<Contract.Status> BILLABLE =
      List.of(
          Contract.Status.SIGNED,
          Contract.Status.ACTIVE,
          Contract.Status.NOTICE_GIVEN,
          Contract.Status.ENDED);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The billable contracts at the centre whose payer (company or member id) is listed, by id. */
  public List<Contract> ofPayers(Centre centre, List<Long> payerIds) {
    // A contract comes once per line from the join, as the same object: made distinct here, as
    // SQL's DISTINCT would sort a chunk's 3,000 rows of every column of contract and line.
    return new ArrayList<>(
        new LinkedHashSet<>(
            em.createQuery(
                    "select c from Contract c left join fetch c.lines"
                        + " where c.centre = :centre and c.status in :statuses"
                        + " and (c.company.id in :payers or c.member.id in :payers) order by c.id",
                    Contract.class)
                .setParameter("centre", centre)
                .setParameter("statuses", BILLABLE)
                .setParameter("payers", payerIds)
                .getResultList()));
  }
}

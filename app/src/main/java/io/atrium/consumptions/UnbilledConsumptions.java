package io.atrium.consumptions;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * What the monthly run bills of consumptions: the unbilled ones of some payers at a centre up to a
 * day, oldest first. No permission check: the run's starter was checked when it started.
 */
@ApplicationScoped
public class UnbilledConsumptions {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public List<Consumption> ofPayers(Centre centre, LocalDate until, List<Long> payerIds) {
    return em.createQuery(
            "select k from Consumption k where k.centre = :centre and k.invoiceId is null"
                + " and k.consumedOn <= :end"
                + " and (k.company.id in :payers or k.member.id in :payers)"
                + " order by k.consumedOn, k.id",
            Consumption.class)
        .setParameter("centre", centre)
        .setParameter("end", until)
        .setParameter("payers", payerIds)
        .getResultList();
  }
}

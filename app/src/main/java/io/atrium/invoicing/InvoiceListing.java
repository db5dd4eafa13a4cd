package io.atrium.invoicing;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The invoices list as one SQL query over {@link InvoiceBalance#FROM}, so that the payment state is
 * a filter like the others and a page costs one query plus one for its rows: staff see their
 * centres' documents as searched, a member the issued documents of whose they read.
 */
@ApplicationScoped
class InvoiceListing {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InvoiceAccess access;

  List<Invoice> page(InvoiceSearch search, int first, int max) {
    List<Object> parameters = new ArrayList<>();
    String where = where(search, parameters);
    Query query =
        em.createNativeQuery(
            "SELECT i.id"
                + InvoiceBalance.FROM
                + where
                + " ORDER BY i.issue_date DESC NULLS FIRST, i.id DESC"
                + " LIMIT "
                + max
                + " OFFSET "
                + first);
    bind(query, parameters);
    List<Long> ids =
        ((List<?>) query.getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Invoice> found =
        new ArrayList<>(
            em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class)
                .setParameter("ids", ids)
                .getResultList());
    found.sort(Comparator.comparingInt(i -> ids.indexOf(i.getId())));
    return found;
  }

  long count(InvoiceSearch search) {
    List<Object> parameters = new ArrayList<>();
    Query query =
        em.createNativeQuery("SELECT count(*)" + InvoiceBalance.FROM + where(search, parameters));
    bind(query, parameters);
    return ((Number) query.getSingleResult()).longValue();
  }

  private String where(InvoiceSearch search, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE true");
    if (caller.isMember()) {
      InvoiceAccess.Payer payer = access.payer();
      where.append(" AND i.status = 'ISSUED'");
      if (payer.companyId() != null) {
        add(where, parameters, " AND i.company_id = ?", payer.companyId());
      } else {
        add(where, parameters, " AND i.member_id = ?", payer.memberId());
      }
    } else {
      caller.require(Area.INVOICES, Action.READ);
      CentreScope scope = caller.centres();
      if (!scope.all()) {
        add(
            where,
            parameters,
            " AND i.centre_id = ANY(CAST(? AS bigint[]))",
            InvoiceBalance.array(scope.ids()));
      }
      if (search.centreId() != null) {
        add(where, parameters, " AND i.centre_id = ?", search.centreId());
      }
      if (search.companyId() != null) {
        add(where, parameters, " AND i.company_id = ?", search.companyId());
      }
      if (search.memberId() != null) {
        add(where, parameters, " AND i.member_id = ?", search.memberId());
      }
      if (search.status() != null) {
        add(where, parameters, " AND i.status = ?", search.status().name());
      }
    }
    if (search.kind() != null) {
      add(where, parameters, " AND i.kind = ?", search.kind().name());
    }
    if (search.payment() != null) {
      add(where, parameters, " AND " + InvoiceBalance.STATE + " = ?", search.payment().name());
    }
    if (search.from() != null) {
      add(where, parameters, " AND i.issue_date >= ?", search.from());
    }
    if (search.to() != null) {
      add(where, parameters, " AND i.issue_date <= ?", search.to());
    }
    if (search.number() != null && !search.number().isBlank()) {
      String like =
          "%"
              + search.number().strip().toUpperCase(Locale.ROOT).replaceAll("[\\\\%_]", "\\\\$0")
              + "%";
      add(where, parameters, " AND upper(i.number) LIKE ?", like);
    }
    return where.toString();
  }

  private static void add(StringBuilder where, List<Object> parameters, String sql, Object value) {
    parameters.add(value);
    where.append(sql.replace("?", "?" + parameters.size()));
  }

  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }
}

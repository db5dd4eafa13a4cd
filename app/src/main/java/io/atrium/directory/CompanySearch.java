package io.atrium.directory;

import java.io.Serializable;

/**
 * What a company list asks for: a text found in the name, e-mail or legal ids, and optional kind,
 * status and home centre; sorted by one column. Null filters do not filter.
 */
public record CompanySearch(
    String text,
    Company.Kind kind,
    Company.Status status,
    Long centreId,
    Order order,
    boolean descending)
    implements Serializable {

  /** The columns a company list can be sorted by. */
  public enum Order {
    NAME("c.name"),
    KIND("c.kind"),
    CENTRE("c.homeCentre.code"),
    STATUS("c.status"),
    CREATED("c.createdAt");

    private final String path;

    Order(String path) {
      this.path = path;
    }

    String path() {
      return path;
    }
  }

  public CompanySearch {
    order = order == null ? Order.NAME : order;
  }

  /** Active companies by name, the list's first view. */
  public static CompanySearch active() {
    return new CompanySearch(null, null, Company.Status.ACTIVE, null, Order.NAME, false);
  }

  String orderBy() {
    return " order by " + order.path() + (descending ? " desc" : "") + ", c.id";
  }
}

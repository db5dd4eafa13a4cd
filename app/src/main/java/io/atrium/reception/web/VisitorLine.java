package io.atrium.reception.web;

import io.atrium.reception.Visitor;
import java.io.Serializable;

/**
 * One row of the dashboard's table: the visitor and its times already written on the centre's
 * clock. Formatting them in the page cost three method calls per row, each of which EL resolves by
 * reflection over the called bean's class, on every page and every lazy page of the table.
 */
public final class VisitorLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Visitor visitor;
  private final String visitTime;
  private final String arrivedAt;
  private final String checkedOutAt;

  VisitorLine(Visitor visitor, String visitTime, String arrivedAt, String checkedOutAt) {
    this.visitor = visitor;
    this.visitTime = visitTime;
    this.arrivedAt = arrivedAt;
    this.checkedOutAt = checkedOutAt;
  }

  public Visitor getVisitor() {
    return visitor;
  }

  /** The planned time, "08:42". */
  public String getVisitTime() {
    return visitTime;
  }

  /** When the visitor arrived, on the centre's clock; empty until then. */
  public String getArrivedAt() {
    return arrivedAt;
  }

  /** When the visitor left, on the centre's clock; empty until then. */
  public String getCheckedOutAt() {
    return checkedOutAt;
  }
}

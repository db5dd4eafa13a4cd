package io.atrium.invoicing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.invoicing.PeriodClosing;
import io.atrium.invoicing.PeriodClosings;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Clôture: close a month or a financial year (invoices:approve) once every footprint verifies; the
 * closed periods with their archive to download.
 */
@Named
@ViewScoped
public class ClosingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PeriodClosings closings;

  @Inject Caller caller;

  private List<PeriodClosings.Summary> closed;
  private PeriodClosing.Kind kind = PeriodClosing.Kind.MONTH;
  private Integer year;
  private Integer month;

  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    LocalDate lastMonth = LocalDate.now().minusMonths(1);
    year = lastMonth.getYear();
    month = lastMonth.getMonthValue();
    closed = closings.list();
  }

  public void close() {
    if (PageErrors.run(() -> closings.close(kind, year, month), "closing.done", "closeForm")) {
      closed = closings.list();
    }
  }

  public void download(long id) throws IOException {
    PeriodClosings.Archive archive = closings.archive(id);
    Faces.sendFile(archive.zip(), archive.fileName(), true);
  }

  public List<PeriodClosings.Summary> getClosed() {
    return closed;
  }

  public PeriodClosing.Kind[] getKinds() {
    return PeriodClosing.Kind.values();
  }

  public PeriodClosing.Kind getKind() {
    return kind;
  }

  public void setKind(PeriodClosing.Kind kind) {
    this.kind = kind;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }
}

package io.atrium.collection.web;

import io.atrium.collection.AccountingStatus;
import io.atrium.collection.ExportScope;
import io.atrium.collection.Exports;
import io.atrium.collection.SyncRow;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.TaxScheme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Finance → Accounting exports: a period (last month by default) and a centre, then one button per
 * file (invoices CSV, payments CSV, FEC, GSTR-1 for an Indian centre); below, the accounting system
 * and the pushes that failed, with "retry now".
 */
@Named
@ViewScoped
public class ExportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Exports exports;

  @Inject AccountingStatus accounting;

  @Inject Centres centres;

  @Inject Caller caller;

  private LocalDate from;
  private LocalDate to;
  private Long centreId;
  private List<Centre> centreChoices;
  private List<SyncRow> problems;

  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    centreChoices = centres.visible();
    LocalDate thisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
    from = thisMonth.minusMonths(1);
    to = thisMonth.minusDays(1);
    problems = accounting.problems();
  }

  public void invoices() {
    download(
        false,
        (scope, language) -> send("invoices.csv", out -> exports.invoices(scope, language, out)));
  }

  public void payments() {
    download(
        false,
        (scope, language) -> send("payments.csv", out -> exports.payments(scope, language, out)));
  }

  public void fec() {
    download(
        false,
        (scope, language) -> send(exports.fecFileName(scope), out -> exports.fec(scope, out)));
  }

  public void gstr1() {
    download(true, (scope, language) -> send("gstr1.json", out -> exports.gstr1(scope, out)));
  }

  public void retry(long rowId) {
    try {
      accounting.retryNow(rowId);
      Messages.addGlobalInfo("collection.sync.retried");
    } catch (BusinessException refused) {
      PageErrors.show(refused, "accounting");
    }
    problems = accounting.problems();
  }

  private void download(boolean gst, BiConsumer<ExportScope, Locale> file) {
    try {
      ExportScope scope =
          exports.scope(
              from == null ? null : from.toString(),
              to == null ? null : to.toString(),
              centreId,
              gst);
      file.accept(scope, Faces.getLocale());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "exports");
    }
  }

  private static void send(String name, java.util.function.Consumer<java.io.OutputStream> body) {
    Faces.sendFile(name, true, body::accept);
  }

  public boolean isAnyGst() {
    return centreChoices.stream().anyMatch(c -> c.getTaxScheme() == TaxScheme.GST);
  }

  public boolean isAnyVat() {
    return centreChoices.stream().anyMatch(c -> c.getTaxScheme() == TaxScheme.VAT);
  }

  public String getSystemName() {
    return accounting.systemName();
  }

  public List<SyncRow> getProblems() {
    return problems;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }
}

package io.atrium.billing.web;

import io.atrium.billing.BillingRun;
import io.atrium.billing.BillingRunError;
import io.atrium.billing.BillingRuns;
import io.atrium.billing.Preview;
import io.atrium.billing.RunSettings;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * Finance → Billing runs: choose a centre and a month, preview every invoice the run would make
 * (lines, discounts, taxes; the payers it would skip), run it and follow its progress, read its
 * result and the history; the two run settings (per payer or per contract, issue or drafts).
 */
@Named
@ViewScoped
public class BillingRunsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BillingRuns runs;

  @Inject RunSettings settings;

  @Inject Centres centres;

  @Inject Caller caller;

  private List<Centre> centreChoices;
  private Long centreId;
  private String month;
  private Preview preview;
  private PreviewRows previewRows;
  private BillingRun current;
  private List<BillingRunError> skipped = List.of();
  private List<BillingRun> history = List.of();
  private boolean perContract;
  private boolean issue;

  /** Refuses callers without invoices:read before anything is shown. */
  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    centreChoices = centres.visible();
    centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    month =
        YearMonth.now(centreChoices.isEmpty() ? ZoneOffset.UTC : centreChoices.get(0).zone())
            .toString();
    RunSettings.Values values = settings.read();
    perContract = values.perContract();
    issue = values.issue();
    history = runs.history(null, 20);
    current = history.stream().filter(BillingRun::isRunning).findFirst().orElse(null);
  }

  public boolean isMayRun() {
    return caller.can("invoices:create");
  }

  public boolean isMayEditSettings() {
    return caller.can("invoices:edit");
  }

  public void preview() {
    preview =
        PageErrors.step(() -> runs.preview(centreId, yearMonth()), "billing.previewed", "runs");
    previewRows = preview == null ? null : new PreviewRows(runs, preview);
  }

  public void run() {
    BillingRun started =
        PageErrors.step(() -> runs.start(centreId, yearMonth(), null), "billing.started", "runs");
    if (started != null) {
      current = started;
      preview = null;
      previewRows = null;
      skipped = List.of();
    }
  }

  public void resume(long id) {
    BillingRun resumed = PageErrors.step(() -> runs.resume(id), "billing.resumed", "runs");
    if (resumed != null) {
      current = resumed;
    }
  }

  /** The poll: the current run as it stands, and its report once it has ended. */
  public void refresh() {
    if (current != null) {
      current = runs.get(current.getId());
      if (!current.isRunning()) {
        skipped = runs.skipped(current.getId());
        history = runs.history(null, 20);
      }
    }
  }

  public void saveSettings() {
    PageErrors.run(
        () -> settings.save(new RunSettings.Values(perContract, issue)),
        "billing.settingsSaved",
        "settings");
  }

  /** The months a run is usually made for: three before this one to two after. */
  public List<String> getMonths() {
    YearMonth now = YearMonth.now();
    List<String> months = new ArrayList<>();
    for (int i = -3; i <= 2; i++) {
      months.add(now.plusMonths(i).toString());
    }
    if (!months.contains(month)) {
      months.add(month);
    }
    return months;
  }

  public String monthLabel(String value) {
    Locale locale = Faces.getLocale();
    return YearMonth.parse(value).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
  }

  private YearMonth yearMonth() {
    try {
      return month == null ? null : YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  public boolean isPolling() {
    return current != null && current.isRunning();
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public Preview getPreview() {
    return preview;
  }

  /** The preview's pages are planned again from where they start: they hold a fixed number. */
  public int getPreviewPageSize() {
    return Preview.PAGE;
  }

  public PreviewRows getPreviewRows() {
    return previewRows;
  }

  public BillingRun getCurrent() {
    return current;
  }

  public List<BillingRunError> getSkipped() {
    return skipped;
  }

  public List<BillingRun> getHistory() {
    return history;
  }

  public boolean isPerContract() {
    return perContract;
  }

  public void setPerContract(boolean perContract) {
    this.perContract = perContract;
  }

  public boolean isIssue() {
    return issue;
  }

  public void setIssue(boolean issue) {
    this.issue = issue;
  }
}

package io.atrium.bookings.web;

import io.atrium.bookings.BookingRuleSettings;
import io.atrium.bookings.BookingRuleValues;
import io.atrium.bookings.CentreClosure;
import io.atrium.bookings.CentreClosures;
import io.atrium.bookings.WhoBooks;
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
import java.math.BigDecimal;
import java.util.List;

/**
 * Bookings → Booking rules ({@code ?centre=}): a centre's default rules and each bookable space's,
 * those set there and those in force; "Edit" sets one row's (an empty field falls back).
 */
@Named
@ViewScoped
public class BookingRulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject BookingRuleSettings settings;

  @Inject Centres centres;

  @Inject CentreClosures closureDays;

  private List<CentreClosure> closures = List.of();
  private java.time.LocalDate closureDay;
  private String closureLabel;

  private List<Centre> centreChoices = List.of();
  private Long centreId;
  private List<BookingRuleSettings.Row> rows = List.of();
  private Long spaceId;
  private String editing;
  private Integer minMinutes;
  private Integer maxMinutes;
  private Integer granularityMinutes;
  private Integer bufferMinutes;
  private Integer maxDaysAhead;
  private Integer minNoticeMinutes;
  private Integer cancelWindowHours;
  private BigDecimal lateCancelFeePercent;
  private Integer weeklyQuotaHours;
  private WhoBooks whoBooks;
  private Boolean approvalRequired;

  public void open() {
    caller.require(Area.BOOKINGS, Action.READ);
    centreChoices = centres.visible();
    String asked = org.omnifaces.util.Faces.getRequestParameter("centre");
    centreId =
        centreChoices.stream()
            .map(Centre::getId)
            .filter(id -> id.toString().equals(asked))
            .findFirst()
            .orElse(centreChoices.isEmpty() ? null : centreChoices.get(0).getId());
    load();
  }

  public void load() {
    rows = centreId == null ? List.of() : settings.of(centreId);
    closures =
        centreId == null
            ? List.of()
            : closureDays.of(centreId, java.time.LocalDate.now().minusDays(1));
  }

  public void addClosure() {
    if (PageErrors.run(
        () -> closureDays.add(centreId, closureDay, closureLabel), "closure.added", "closure")) {
      closureDay = null;
      closureLabel = null;
      load();
    }
  }

  public void removeClosure(long id) {
    PageErrors.run(() -> closureDays.remove(id), "closure.removed", "rules");
    load();
  }

  public List<CentreClosure> getClosures() {
    return closures;
  }

  public java.time.LocalDate getClosureDay() {
    return closureDay;
  }

  public void setClosureDay(java.time.LocalDate closureDay) {
    this.closureDay = closureDay;
  }

  public String getClosureLabel() {
    return closureLabel;
  }

  public void setClosureLabel(String closureLabel) {
    this.closureLabel = closureLabel;
  }

  public void edit(BookingRuleSettings.Row row) {
    spaceId = row.spaceId();
    editing = row.spaceName();
    BookingRuleValues v = row.own();
    minMinutes = v.minMinutes();
    maxMinutes = v.maxMinutes();
    granularityMinutes = v.granularityMinutes();
    bufferMinutes = v.bufferMinutes();
    maxDaysAhead = v.maxDaysAhead();
    minNoticeMinutes = v.minNoticeMinutes();
    cancelWindowHours = v.cancelWindowHours();
    lateCancelFeePercent = v.lateCancelFeePercent();
    weeklyQuotaHours = v.weeklyQuotaHours();
    whoBooks = v.whoBooks();
    approvalRequired = v.approvalRequired();
  }

  public void save() {
    BookingRuleValues values =
        new BookingRuleValues(
            minMinutes,
            maxMinutes,
            granularityMinutes,
            bufferMinutes,
            maxDaysAhead,
            minNoticeMinutes,
            cancelWindowHours,
            lateCancelFeePercent,
            weeklyQuotaHours,
            whoBooks,
            approvalRequired);
    if (PageErrors.run(
        () -> settings.save(centreId, spaceId, values), "booking.rules.saved", "rule")) {
      load();
    }
  }

  public boolean isMayEdit() {
    return caller.can("bookings:edit");
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

  public List<BookingRuleSettings.Row> getRows() {
    return rows;
  }

  public String getEditing() {
    return editing;
  }

  public Integer getMinMinutes() {
    return minMinutes;
  }

  public void setMinMinutes(Integer minMinutes) {
    this.minMinutes = minMinutes;
  }

  public Integer getMaxMinutes() {
    return maxMinutes;
  }

  public void setMaxMinutes(Integer maxMinutes) {
    this.maxMinutes = maxMinutes;
  }

  public Integer getGranularityMinutes() {
    return granularityMinutes;
  }

  public void setGranularityMinutes(Integer granularityMinutes) {
    this.granularityMinutes = granularityMinutes;
  }

  public Integer getBufferMinutes() {
    return bufferMinutes;
  }

  public void setBufferMinutes(Integer bufferMinutes) {
    this.bufferMinutes = bufferMinutes;
  }

  public Integer getMaxDaysAhead() {
    return maxDaysAhead;
  }

  public void setMaxDaysAhead(Integer maxDaysAhead) {
    this.maxDaysAhead = maxDaysAhead;
  }

  public Integer getMinNoticeMinutes() {
    return minNoticeMinutes;
  }

  public void setMinNoticeMinutes(Integer minNoticeMinutes) {
    this.minNoticeMinutes = minNoticeMinutes;
  }

  public Integer getCancelWindowHours() {
    return cancelWindowHours;
  }

  public void setCancelWindowHours(Integer cancelWindowHours) {
    this.cancelWindowHours = cancelWindowHours;
  }

  public BigDecimal getLateCancelFeePercent() {
    return lateCancelFeePercent;
  }

  public void setLateCancelFeePercent(BigDecimal lateCancelFeePercent) {
    this.lateCancelFeePercent = lateCancelFeePercent;
  }

  public Integer getWeeklyQuotaHours() {
    return weeklyQuotaHours;
  }

  public void setWeeklyQuotaHours(Integer weeklyQuotaHours) {
    this.weeklyQuotaHours = weeklyQuotaHours;
  }

  public WhoBooks[] getWhoBooksChoices() {
    return WhoBooks.values();
  }

  public WhoBooks getWhoBooks() {
    return whoBooks;
  }

  public void setWhoBooks(WhoBooks whoBooks) {
    this.whoBooks = whoBooks;
  }

  /** "" (as the centre's), "true" or "false": a three-way choice as the menu posts it. */
  public String getApprovalRequired() {
    return approvalRequired == null ? "" : approvalRequired.toString();
  }

  public void setApprovalRequired(String approvalRequired) {
    this.approvalRequired =
        approvalRequired == null || approvalRequired.isEmpty()
            ? null
            : Boolean.valueOf(approvalRequired);
  }
}

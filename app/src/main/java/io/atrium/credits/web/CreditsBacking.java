package io.atrium.credits.web;

import io.atrium.credits.CreditChoices;
import io.atrium.credits.CreditEntry;
import io.atrium.credits.CreditPool;
import io.atrium.credits.Credits;
import io.atrium.credits.NewGrant;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Bookings → Credits: a centre's credit pools and allowances with their balance; "Grant credits"
 * opens one for a company or a member, and each pool's ledger shows every movement, where staff
 * with contracts:edit add to it or correct it with a reason.
 */
@Named
@ViewScoped
public class CreditsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject Credits credits;

  @Inject CreditChoices choices;

  @Inject Centres centres;

  private List<Centre> centreChoices = List.of();
  private Long centreId;
  private List<CreditPool> rows = List.of();

  private String holder;
  private CreditPool.Unit unit = CreditPool.Unit.HOURS;
  private BigDecimal amount;
  private LocalDate expiresOn;
  private String label;

  private CreditPool pool;
  private List<CreditEntry> ledger = List.of();
  private BigDecimal adjustment;
  private String note;

  public void open() {
    caller.require(Area.BOOKINGS, Action.READ);
    centreChoices = centres.visible();
    if (centreId != null) {
      centres.get(centreId); // ?centre= of another tenant or centre: not found, as everywhere
    } else {
      centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    }
    load();
  }

  public void load() {
    rows = centreId == null ? List.of() : credits.list(new Credits.Search(centreId, null, null));
  }

  public void startGrant() {
    holder = null;
    unit = CreditPool.Unit.HOURS;
    amount = null;
    expiresOn = null;
    label = null;
  }

  public void grant() {
    Long company = holder != null && holder.startsWith("c") ? id(holder) : null;
    Long member = holder != null && holder.startsWith("m") ? id(holder) : null;
    CreditPool granted =
        PageErrors.step(
            () ->
                credits.grant(
                    new NewGrant(centreId, company, member, unit, amount, expiresOn, label)),
            "credits.grantDone",
            "grant");
    if (granted != null) {
      load();
    }
  }

  /** Opens a pool's ledger. */
  public void show(long poolId) {
    pool = credits.get(poolId);
    ledger = credits.ledger(poolId);
    adjustment = null;
    note = null;
  }

  public void adjust() {
    if (pool == null) {
      return;
    }
    CreditEntry written =
        PageErrors.step(
            () -> credits.adjust(pool.getId(), adjustment, note), "credits.adjustDone", "ledger");
    if (written != null) {
      show(pool.getId());
      load();
    }
  }

  private static Long id(String key) {
    try {
      return Long.valueOf(key.substring(1));
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  public boolean isMayGrant() {
    return caller.can("contracts:edit");
  }

  public List<CreditChoices.Holder> getHolders() {
    return isMayGrant() && centreId != null ? choices.holders(centreId) : List.of();
  }

  public List<CreditPool.Unit> getUnits() {
    return List.of(CreditPool.Unit.values());
  }

  /** The currency a money pool of this centre counts in. */
  public String getCurrency() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(centreId))
        .map(Centre::getCurrency)
        .findFirst()
        .orElse("");
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

  public List<CreditPool> getRows() {
    return rows;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public CreditPool.Unit getUnit() {
    return unit;
  }

  public void setUnit(CreditPool.Unit unit) {
    this.unit = unit;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public CreditPool getPool() {
    return pool;
  }

  public List<CreditEntry> getLedger() {
    return ledger;
  }

  public BigDecimal getAdjustment() {
    return adjustment;
  }

  public void setAdjustment(BigDecimal adjustment) {
    this.adjustment = adjustment;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}

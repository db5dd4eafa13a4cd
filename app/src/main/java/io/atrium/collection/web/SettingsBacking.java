package io.atrium.collection.web;

import io.atrium.collection.BillingTerms;
import io.atrium.collection.CollectionSettings;
import io.atrium.collection.ReminderLevel;
import io.atrium.collection.ReminderText;
import io.atrium.collection.ReminderTexts;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.TaxScheme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finance → Reminders → Settings: late fees (on/off, rate, indemnity), the days after the due date
 * of each scheduled level, and the texts of each level in English and French. Read with
 * invoices:read, saved with invoices:edit.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BillingTerms terms;

  @Inject ReminderTexts texts;

  @Inject Caller caller;

  @Inject Centres centres;

  /** VAT centres (France): the law's rate and fixed indemnity are explained and set. */
  private boolean vat;

  private boolean lateFeesEnabled;
  private BigDecimal penaltyRate;
  private BigDecimal recoveryIndemnity;
  private Integer friendlyDays;
  private Integer formalDays;
  private Integer finalDays;
  private List<TextForm> textForms;

  /** One level's text in one language, as the form edits it. */
  public static class TextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReminderLevel level;
    private final String language;
    private String subject;
    private String body;

    TextForm(ReminderText text) {
      this.level = text.level();
      this.language = text.language();
      this.subject = text.subject();
      this.body = text.body();
    }

    public ReminderLevel getLevel() {
      return level;
    }

    public String getLanguage() {
      return language;
    }

    public String getSubject() {
      return subject;
    }

    public void setSubject(String subject) {
      this.subject = subject;
    }

    public String getBody() {
      return body;
    }

    public void setBody(String body) {
      this.body = body;
    }

    ReminderText text() {
      return new ReminderText(level, language, subject, body, true);
    }
  }

  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    CollectionSettings settings = terms.settings();
    lateFeesEnabled = settings.lateFeesEnabled();
    penaltyRate = settings.penaltyRate();
    recoveryIndemnity = settings.recoveryIndemnity();
    friendlyDays = settings.friendlyDays();
    formalDays = settings.formalDays();
    finalDays = settings.finalDays();
    textForms = new ArrayList<>(texts.all().stream().map(TextForm::new).toList());
    vat = centres.visible().stream().anyMatch(c -> c.getTaxScheme() == TaxScheme.VAT);
  }

  public boolean isVat() {
    return vat;
  }

  public void save() {
    PageErrors.run(
        () ->
            terms.save(
                new CollectionSettings(
                    lateFeesEnabled,
                    penaltyRate,
                    recoveryIndemnity,
                    friendlyDays,
                    formalDays,
                    finalDays)),
        "collection.settings.saved",
        "settings");
  }

  public void saveTexts() {
    PageErrors.run(
        () -> texts.saveAll(textForms.stream().map(TextForm::text).toList()),
        "collection.settings.textsSaved",
        "texts");
  }

  public List<TextForm> getTextForms() {
    return textForms;
  }

  public boolean isLateFeesEnabled() {
    return lateFeesEnabled;
  }

  public void setLateFeesEnabled(boolean lateFeesEnabled) {
    this.lateFeesEnabled = lateFeesEnabled;
  }

  public BigDecimal getPenaltyRate() {
    return penaltyRate;
  }

  public void setPenaltyRate(BigDecimal penaltyRate) {
    this.penaltyRate = penaltyRate;
  }

  public BigDecimal getRecoveryIndemnity() {
    return recoveryIndemnity;
  }

  public void setRecoveryIndemnity(BigDecimal recoveryIndemnity) {
    this.recoveryIndemnity = recoveryIndemnity;
  }

  public Integer getFriendlyDays() {
    return friendlyDays;
  }

  public void setFriendlyDays(Integer friendlyDays) {
    this.friendlyDays = friendlyDays;
  }

  public Integer getFormalDays() {
    return formalDays;
  }

  public void setFormalDays(Integer formalDays) {
    this.formalDays = formalDays;
  }

  public Integer getFinalDays() {
    return finalDays;
  }

  public void setFinalDays(Integer finalDays) {
    this.finalDays = finalDays;
  }
}

package io.atrium.pricing.web;

import io.atrium.pricing.Breakdown;
import io.atrium.pricing.BreakdownLine;
import io.atrium.pricing.CalculatorChoices;
import io.atrium.pricing.PriceQuote;
import io.atrium.pricing.PriceQuoteDraft;
import io.atrium.pricing.PriceQuotes;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Tarificateur: prices an item or a space of one of the caller's centres with the pricing service,
 * shows each line with its rule, and saves it as a price quote (pending approval above the caller's
 * ceiling).
 */
@Named
@ViewScoped
public class CalculatorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PriceQuotes quotes;

  @Inject CalculatorChoices choices;

  @Inject Centres centres;

  private final PriceQuoteDraft draft = new PriceQuoteDraft();
  private List<Centre> centreChoices;
  private CalculatorChoices.Choices offered = CalculatorChoices.Choices.NONE;
  private BigDecimal ceiling;
  private Breakdown breakdown;

  public void open() {
    ceiling = choices.ceiling();
    centreChoices = centres.visible();
    if (!centreChoices.isEmpty()) {
      Centre first = centreChoices.get(0);
      draft.setCentreId(first.getId());
      draft.setFrom(LocalDate.now(first.zone()));
      offered = choices.in(first.getId());
    }
  }

  /** Another centre: its own items, spaces, companies and discounts. */
  public void centreChanged() {
    breakdown = null;
    draft.setItemId(null);
    draft.setSpaceId(null);
    draft.setCompanyId(null);
    draft.setStaffDiscountId(null);
    offered =
        draft.getCentreId() == null
            ? CalculatorChoices.Choices.NONE
            : choices.in(draft.getCentreId());
  }

  public void calculate() {
    try {
      breakdown = quotes.calculate(draft);
    } catch (BusinessException refused) {
      breakdown = null;
      PageErrors.show(refused, "calculator");
    }
  }

  public void save() throws IOException {
    try {
      PriceQuote saved = quotes.save(draft);
      Messages.addFlashGlobalInfo(
          saved.getStatus() == PriceQuote.Status.CONFIRMED ? "quote.saved" : "quote.savedPending");
      Faces.redirect(Faces.getRequestContextPath() + "/pricing/quote.xhtml?id=" + saved.getId());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "calculator");
    }
  }

  public String rule(BreakdownLine line) {
    return QuoteLines.rule(line, Faces.getLocale());
  }

  public PriceQuoteDraft getDraft() {
    return draft;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public CalculatorChoices.Choices getOffered() {
    return offered;
  }

  public BigDecimal getCeiling() {
    return ceiling;
  }

  public Breakdown getBreakdown() {
    return breakdown;
  }

  public int[] getCommitments() {
    return new int[] {0, 3, 6, 12, 24, 36};
  }
}

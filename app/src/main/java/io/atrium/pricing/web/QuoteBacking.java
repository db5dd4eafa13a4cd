package io.atrium.pricing.web;

import io.atrium.approvals.ApprovalRequest;
import io.atrium.approvals.Approvals;
import io.atrium.pricing.Breakdown;
import io.atrium.pricing.BreakdownLine;
import io.atrium.pricing.PriceQuote;
import io.atrium.pricing.PriceQuotes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * A price quote: what was priced, its breakdown as saved, its status and, once decided, the
 * approval's decision and reason. {@code ?id=}; another tenant's or centre's quote is not found.
 */
@Named
@RequestScoped
public class QuoteBacking {

  @Inject PriceQuotes quotes;

  @Inject Approvals approvals;

  private PriceQuote quote;
  private Breakdown breakdown;
  private ApprovalRequest approval;

  public void open() {
    String id = Faces.getRequestParameter("id");
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new io.atrium.shared.NotFoundException();
    }
    quote = quotes.get(Long.parseLong(id));
    breakdown = PriceQuotes.breakdownOf(quote);
    approval = approvals.latest(PriceQuotes.KIND, quote.getId()).orElse(null);
  }

  public String rule(BreakdownLine line) {
    return QuoteLines.rule(line, Faces.getLocale());
  }

  public PriceQuote getQuote() {
    return quote;
  }

  public Breakdown getBreakdown() {
    return breakdown;
  }

  public ApprovalRequest getApproval() {
    return approval;
  }
}

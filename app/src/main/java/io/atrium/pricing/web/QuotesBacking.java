package io.atrium.pricing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.pricing.PriceQuote;
import io.atrium.pricing.PriceQuotes;
import io.atrium.shared.web.TableRows;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * Propositions tarifaires: the caller's centres' price quotes, newest first, with their status
 * ({@code ?centre=&status=}); "New price quote" opens the calculator.
 */
@Named
@ViewScoped
public class QuotesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PriceQuotes quotes;

  @Inject Centres centres;

  @Inject Caller caller;

  private List<Centre> centreChoices;
  private Long centreId;
  private PriceQuote.Status status;
  private Rows rows;

  public void open() {
    caller.require(Area.PRICING, Action.READ);
    centreChoices = centres.visible();
    String centre = Faces.getRequestParameter("centre");
    if (centre != null && centre.matches("\\d{1,18}")) {
      centreId = centres.get(Long.parseLong(centre)).getId();
    }
    String named = Faces.getRequestParameter("status");
    for (PriceQuote.Status s : PriceQuote.Status.values()) {
      if (s.name().equals(named)) {
        status = s;
      }
    }
    rows = new Rows();
  }

  /** The table's rows, a page at a time, as the filters say. */
  public class Rows extends TableRows<PriceQuote> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) quotes.count(status, centreId);
    }

    @Override
    public List<PriceQuote> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return quotes.list(status, centreId, first, pageSize);
    }

    @Override
    public String getRowKey(PriceQuote quote) {
      return String.valueOf(quote.getId());
    }
  }

  public Rows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public PriceQuote.Status[] getStatuses() {
    return PriceQuote.Status.values();
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public PriceQuote.Status getStatus() {
    return status;
  }

  public void setStatus(PriceQuote.Status status) {
    this.status = status;
  }
}

package io.atrium.consumptions.web;

import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionSearch;
import io.atrium.consumptions.Consumptions;
import io.atrium.shared.web.TableRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The consumptions table, a page at a time, and its header's filters: centre, billed or not (not
 * billed by default: what is left to bill), payer, first and last day.
 */
public class ConsumptionRows extends TableRows<Consumption> {

  private static final long serialVersionUID = 1L;

  private final Consumptions consumptions;
  private final Set<Long> companies;
  private Long centreId;
  private String billed = "no";
  private Long payerId;
  private LocalDate from;
  private LocalDate to;

  ConsumptionRows(Consumptions consumptions, Set<Long> companies) {
    this.consumptions = consumptions;
    this.companies = companies;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) consumptions.count(search());
  }

  @Override
  public List<Consumption> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return consumptions.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(Consumption consumption) {
    return String.valueOf(consumption.getId());
  }

  @Override
  public Consumption getRowData(String key) {
    return key != null && key.matches("\\d{1,18}")
        ? consumptions.find(Long.parseLong(key)).orElse(null)
        : null;
  }

  ConsumptionSearch search() {
    Boolean isBilled =
        "yes".equals(billed) ? Boolean.TRUE : "no".equals(billed) ? Boolean.FALSE : null;
    boolean company = payerId != null && companies.contains(payerId);
    return new ConsumptionSearch(
        centreId,
        isBilled,
        company ? payerId : null,
        payerId != null && !company ? payerId : null,
        from,
        to);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getBilled() {
    return billed;
  }

  public void setBilled(String billed) {
    this.billed = billed;
  }

  public Long getPayerId() {
    return payerId;
  }

  public void setPayerId(Long payerId) {
    this.payerId = payerId;
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
}

package io.atrium.catalogue.web;

import io.atrium.catalogue.Catalogue;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CatalogueSearch;
import io.atrium.catalogue.CentrePrice;
import io.atrium.shared.web.TableRows;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The catalogue table's rows, a page at a time from {@link Catalogue}, with each row's price today
 * in the caller's centres offering it, and the filters of the table's header.
 */
public class CatalogueRows extends TableRows<CatalogueItem> {

  private static final long serialVersionUID = 1L;

  private final Catalogue catalogue;
  private final Map<Long, List<CentrePrice>> prices = new HashMap<>();
  private Long centreId;
  private CatalogueItem.Kind kind;
  private Boolean active;
  private String text;

  CatalogueRows(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) catalogue.count(search());
  }

  @Override
  public List<CatalogueItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<CatalogueItem> page = catalogue.list(search(), first, pageSize);
    prices.clear();
    prices.putAll(catalogue.pricesToday(page));
    return page;
  }

  @Override
  public String getRowKey(CatalogueItem item) {
    return String.valueOf(item.getId());
  }

  /** The row's prices today, in the filtered centre only when the list is filtered by one. */
  public List<CentrePrice> pricesOf(CatalogueItem item) {
    return prices.getOrDefault(item.getId(), List.of()).stream()
        .filter(p -> centreId == null || p.centre().getId().equals(centreId))
        .toList();
  }

  /** The filters a link names ({@code ?centre=&kind=MAIN&active=true}); nonsense is ignored. */
  void filterBy(Function<String, String> parameter) {
    String centre = parameter.apply("centre");
    if (centre != null && centre.matches("\\d{1,18}")) {
      centreId = Long.valueOf(centre);
    }
    String named = parameter.apply("kind");
    Arrays.stream(CatalogueItem.Kind.values())
        .filter(k -> k.name().equals(named))
        .findFirst()
        .ifPresent(k -> kind = k);
    String state = parameter.apply("active");
    if ("true".equals(state) || "false".equals(state)) {
      active = Boolean.valueOf(state);
    }
  }

  private CatalogueSearch search() {
    return new CatalogueSearch(centreId, kind, active, text);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public CatalogueItem.Kind getKind() {
    return kind;
  }

  public void setKind(CatalogueItem.Kind kind) {
    this.kind = kind;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null || text.length() > 120 ? null : text;
  }
}

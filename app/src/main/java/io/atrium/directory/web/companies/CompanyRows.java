package io.atrium.directory.web.companies;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.CompanySearch;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The company table's rows, a page at a time from {@link Companies}, with the search box and
 * filters of the table's header.
 */
public class CompanyRows extends TableRows<Company> {

  private static final long serialVersionUID = 1L;

  private final Companies companies;
  private String text;
  private Company.Kind kind;
  private Company.Status status = Company.Status.ACTIVE;
  private Long centreId;

  CompanyRows(Companies companies) {
    this.companies = companies;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) companies.count(search(Map.of()));
  }

  @Override
  public List<Company> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return companies.list(search(sortBy), first, pageSize);
  }

  @Override
  public String getRowKey(Company company) {
    return String.valueOf(company.getId());
  }

  private CompanySearch search(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    CompanySearch.Order order = CompanySearch.Order.NAME;
    if (sort != null && sort.getField() != null) {
      order =
          switch (sort.getField()) {
            case "kind" -> CompanySearch.Order.KIND;
            case "homeCentre.code" -> CompanySearch.Order.CENTRE;
            case "status" -> CompanySearch.Order.STATUS;
            case "createdAt" -> CompanySearch.Order.CREATED;
            default -> CompanySearch.Order.NAME;
          };
    }
    boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
    return new CompanySearch(text, kind, status, centreId, order, descending);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Company.Kind getKind() {
    return kind;
  }

  public void setKind(Company.Kind kind) {
    this.kind = kind;
  }

  public Company.Status getStatus() {
    return status;
  }

  public void setStatus(Company.Status status) {
    this.status = status;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }
}

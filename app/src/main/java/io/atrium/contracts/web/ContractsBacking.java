package io.atrium.contracts.web;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractAmounts;
import io.atrium.contracts.ContractSearch;
import io.atrium.contracts.Contracts;
import io.atrium.directory.Company;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.web.TableRows;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * Contrats: the caller's centres' contracts, newest first, filtered by centre, status and company
 * ({@code ?centre=&status=&company=}); "New contract" opens an empty draft.
 */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Contracts contracts;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject LineEditor choices;

  private List<Centre> centreChoices;
  private Long centreId;
  private Contract.Status status;
  private Long companyId;
  private Rows rows;

  public void open() {
    caller.require(Area.CONTRACTS, Action.READ);
    centreChoices = centres.visible();
    Long centre = ContractParams.id("centre");
    if (centre != null) {
      centreId = centres.get(centre).getId();
    }
    Long company = ContractParams.id("company");
    if (company != null) {
      companyId =
          choices.getCompanies().stream()
              .map(Company::getId)
              .filter(company::equals)
              .findFirst()
              .orElseThrow(io.atrium.shared.NotFoundException::new);
    }
    String named = Faces.getRequestParameter("status");
    for (Contract.Status s : Contract.Status.values()) {
      if (s.name().equals(named)) {
        status = s;
      }
    }
    rows = new Rows();
  }

  /** The month's net of a contract, for its row. */
  public BigDecimal monthly(Contract contract) {
    return ContractAmounts.monthly(contract);
  }

  /** The table's rows, a page at a time, as the filters say. */
  public class Rows extends TableRows<Contract> {

    private static final long serialVersionUID = 1L;

    private ContractSearch search() {
      return new ContractSearch(centreId, status, companyId, null);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) contracts.count(search());
    }

    @Override
    public List<Contract> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<Contract> found = contracts.list(search(), first, pageSize);
      return found;
    }

    @Override
    public String getRowKey(Contract contract) {
      return String.valueOf(contract.getId());
    }
  }

  public Rows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Company> getCompanies() {
    return choices.getCompanies();
  }

  public Contract.Status[] getStatuses() {
    return Contract.Status.values();
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Contract.Status getStatus() {
    return status;
  }

  public void setStatus(Contract.Status status) {
    this.status = status;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }
}

package io.atrium.contracts.web;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractAmounts;
import io.atrium.contracts.ContractSearch;
import io.atrium.contracts.Contracts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * The "Contracts" tab of a company's or an on-demand member's page: their contracts in the caller's
 * centres, newest first, and "New contract" for them.
 */
@Named
@RequestScoped
public class ClientContracts {

  private static final int MAX = 100;

  @Inject Contracts contracts;

  private List<Contract> found;

  public List<Contract> ofCompany(long companyId) {
    if (found == null) {
      found = contracts.list(new ContractSearch(null, null, companyId, null), 0, MAX);
    }
    return found;
  }

  public List<Contract> ofMember(long memberId) {
    if (found == null) {
      found = contracts.list(new ContractSearch(null, null, null, memberId), 0, MAX);
    }
    return found;
  }

  public BigDecimal monthly(Contract contract) {
    return ContractAmounts.monthly(contract);
  }
}

package io.atrium.contracts;

import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ContractConsumptions;
import io.atrium.invoicing.ContractInvoices;
import io.atrium.invoicing.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What a contract's page lists beside it, for readers of the contract (contracts:read in its
 * centre): its invoices, deposit and periods, and the consumptions recorded on it.
 */
@ApplicationScoped
public class ContractRecords {

  @Inject ContractAccess access;

  @Inject ContractInvoices invoices;

  @Inject ContractConsumptions consumptions;

  /** The contract's invoices, drafts included, oldest first. */
  @Transactional
  public List<Invoice> invoices(long contractId) {
    access.readable(contractId);
    return invoices.of(contractId);
  }

  /** The consumptions recorded on the contract, newest first. */
  @Transactional
  public List<Consumption> consumptions(long contractId) {
    access.readable(contractId);
    return consumptions.of(contractId);
  }
}

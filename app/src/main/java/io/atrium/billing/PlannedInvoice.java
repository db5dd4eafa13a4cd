package io.atrium.billing;

import io.atrium.consumptions.Consumption;
import io.atrium.contracts.Contract;
import io.atrium.invoicing.LineDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One invoice a run would make: its payer, the contract when invoices are per contract, its lines,
 * and what it bills (each contract's service period; the consumptions).
 */
final class PlannedInvoice {

  record Billed(Contract contract, Period period) {}

  final Payer payer;
  final Contract contract;
  final List<LineDraft> lines = new ArrayList<>();
  final List<Billed> billed = new ArrayList<>();
  final List<Consumption> consumptions = new ArrayList<>();

  PlannedInvoice(Payer payer, Contract contract) {
    this.payer = payer;
    this.contract = contract;
  }

  LocalDate serviceFrom() {
    return lines.stream().map(LineDraft::periodFrom).min(LocalDate::compareTo).orElse(null);
  }

  LocalDate serviceTo() {
    return lines.stream().map(LineDraft::periodTo).max(LocalDate::compareTo).orElse(null);
  }
}

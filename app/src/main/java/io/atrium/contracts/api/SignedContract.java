package io.atrium.contracts.api;

import io.atrium.invoicing.Invoice;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed contract and the invoices its signature issued, deposit first. */
@Schema(name = "SignedContract")
public record SignedContract(ContractSummary contract, List<IssuedInvoice> invoices) {

  /** An invoice issued at signature. */
  @Schema(name = "IssuedInvoice")
  public record IssuedInvoice(
      long id, String number, String kind, String grossTotal, String currency) {

    static IssuedInvoice of(Invoice i) {
      return new IssuedInvoice(
          i.getId(),
          i.getNumber(),
          i.getKind().name(),
          i.getGrossTotal().toPlainString(),
          i.getCurrency());
    }
  }
}

package io.atrium.contracts;

import java.io.Serializable;

/** The filters of the contracts list: any of them may be null. */
public record ContractSearch(Long centreId, Contract.Status status, Long companyId, Long memberId)
    implements Serializable {

  public static ContractSearch none() {
    return new ContractSearch(null, null, null, null);
  }
}

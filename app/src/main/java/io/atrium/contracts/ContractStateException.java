package io.atrium.contracts;

import io.atrium.shared.BusinessException;

/**
 * The contract's state refuses the command (sending a signed contract, ending a draft, signing one
 * whose discount waits for approval...). Key {@code contract.refused.<reason>}; the API answers
 * 409.
 */
public class ContractStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ContractStateException(String reason, Object... arguments) {
    super(409, "contract.refused." + reason, arguments);
  }
}

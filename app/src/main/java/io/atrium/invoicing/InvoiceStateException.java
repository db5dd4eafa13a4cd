package io.atrium.invoicing;

import io.atrium.shared.BusinessException;

/**
 * A command that the document's state or its series refuses: issuing an issued document or one
 * without lines, a date before the last one issued in the series, a date in a closed period. The
 * key is {@code invoice.refused.<reason>}.
 */
public class InvoiceStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvoiceStateException(String reason, Object... arguments) {
    super(409, "invoice.refused." + reason, arguments);
  }
}

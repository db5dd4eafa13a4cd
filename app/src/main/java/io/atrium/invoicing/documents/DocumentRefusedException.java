package io.atrium.invoicing.documents;

import io.atrium.shared.BusinessException;

/** The document asked for does not exist for this invoice (a draft, B2C, another country's). */
public class DocumentRefusedException extends BusinessException {

  public DocumentRefusedException(String reason, Object... arguments) {
    super(409, "invoice.document." + reason, arguments);
  }
}

package io.atrium.spaces;

import io.atrium.shared.csv.ImportRefusedException;
import io.atrium.shared.csv.LineError;
import java.util.List;

/** An inventory file refused as a whole: every wrong line; nothing of it was written. */
public class InventoryImportException extends ImportRefusedException {

  private static final long serialVersionUID = 1L;

  public InventoryImportException(List<LineError> errors) {
    super("inventory.import.refused", "inventory.column.", errors, errors.size());
  }
}

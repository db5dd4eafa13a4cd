package io.atrium.spaces;

import io.atrium.shared.BusinessException;
import java.util.List;

/**
 * A CSV import refused as a whole: every wrong line with its column and what is wrong, so the file
 * can be fixed in one go. Nothing of the file was written.
 */
public class InventoryImportException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * One wrong cell (or line, column null): the file's line number as a spreadsheet shows it, the
   * column's key ({@code inventory.column.<name>}) and the bundle key saying what is wrong.
   */
  public record LineError(int line, String column, String key) implements java.io.Serializable {}

  private final transient List<LineError> errors;

  public InventoryImportException(List<LineError> errors) {
    super(400, "inventory.import.refused", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}

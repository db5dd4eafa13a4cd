package io.atrium.shared.csv;

import io.atrium.shared.BusinessException;
import java.util.List;

/**
 * A CSV import refused as a whole: the wrong lines with their column and what is wrong, so the file
 * can be fixed in one go. Nothing of the file was written. The API answers 400 with each line in
 * the problem's {@code lines}; pages list them under the form.
 */
public class ImportRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /** The column names' bundle prefix, e.g. {@code inventory.column.} or {@code card.column.}. */
  private final String columnPrefix;

  private final transient List<LineError> errors;

  /**
   * @param messageKey the refusal's message, given the count of wrong lines as its argument
   * @param wrongLines how many lines are wrong, which may be more than the errors listed
   */
  public ImportRefusedException(
      String messageKey, String columnPrefix, List<LineError> errors, long wrongLines) {
    super(400, messageKey, wrongLines);
    this.columnPrefix = columnPrefix;
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }

  public String columnPrefix() {
    return columnPrefix;
  }
}

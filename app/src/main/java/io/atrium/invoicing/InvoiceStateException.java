package io.atrium.invoicing;

import io.atrium.shared.BusinessException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;

/**
 * A command that the document's state or its series refuses: issuing an issued document or one
 * without lines, a date before the last one issued in the series, a date in a closed period. The
 * key is {@code invoice.refused.<reason>}.
 */
public class InvoiceStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvoiceStateException(String reason, Object... arguments) {
    super(409, "invoice.refused." + reason, formattable(arguments));
  }

  /**
   * Days as {@link Date}s: {@code {0,date,short}} formats those, and a LocalDate would make
   * MessageFormat throw instead of showing the refusal.
   */
  private static Object[] formattable(Object[] arguments) {
    return Arrays.stream(arguments)
        .map(
            a ->
                a instanceof LocalDate day
                    ? Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant())
                    : a)
        .toArray();
  }
}

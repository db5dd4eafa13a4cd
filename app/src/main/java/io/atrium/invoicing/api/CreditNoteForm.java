package io.atrium.invoicing.api;

import io.atrium.invoicing.CreditLine;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a credit note takes back: the whole invoice ({@code full} true), or the lines given ({@code
 * full} false), said explicitly so that an empty body never credits anything.
 */
@Schema(name = "CreditNoteForm")
public record CreditNoteForm(
    @Schema(required = true, description = "true: every line in full; false: the lines given")
        Boolean full,
    @Size(max = 200) @Valid List<Line> lines) {

  /** One line: a quantity, or a net amount, or neither for the whole line. */
  @Schema(name = "CreditNoteLine")
  public record Line(
      @Schema(required = true, description = "a line of the invoice") Long lineId,
      @Schema(example = "1") @Text(max = 20) String quantity,
      @Schema(description = "net of tax", example = "100.00") @Text(max = 20) String amount) {}

  /** The lines to credit, none for the whole invoice. */
  List<CreditLine> toLines() {
    if (full == null) {
      throw InvalidFieldsException.of("full", "invoice.required");
    }
    if (full != (lines == null || lines.isEmpty())) {
      throw InvalidFieldsException.of("lines", "invoice.credit.line.unknown");
    }
    Map<String, String> unreadable = new LinkedHashMap<>();
    List<CreditLine> credit = new ArrayList<>();
    if (lines != null) {
      for (Line line : lines) {
        if (line == null) {
          throw InvalidFieldsException.of("lines", "invoice.credit.line.unknown");
        }
        credit.add(
            new CreditLine(
                line.lineId(),
                ApiValues.decimal(line.quantity(), "lines", unreadable),
                ApiValues.decimal(line.amount(), "lines", unreadable)));
      }
    }
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return credit;
  }
}

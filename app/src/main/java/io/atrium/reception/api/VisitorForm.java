package io.atrium.reception.api;

import io.atrium.reception.NewVisitor;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An invitation or a walk-in, as the API takes it. Members may leave out centreId (their own
 * centre) and hostId (themselves, or a colleague of their company); staff give both.
 */
@Schema(name = "VisitorForm")
public record VisitorForm(
    @Schema(description = "staff: one of their centres; members: ignored") Long centreId,
    @Schema(description = "an active member of that centre") Long hostId,
    @Schema(required = true, maxLength = 120) @Text(max = 120) String fullName,
    @Schema(description = "required for invitations: the QR code is mailed there") @Text(max = 254)
        String email,
    @Schema(description = "digits, spaces and + ( ) . - only, e.g. +33 6 12 34 56 78")
        @Pattern(regexp = "\\+?[0-9][0-9 ().-]{5,28}", message = "{visitor.phone.invalid}")
        String phone,
    @Schema(maxLength = 200) @Text(max = 200) String companyName,
    @Schema(description = "yyyy-MM-dd, today or later in the centre's time zone") @Text(max = 10)
        String expectedDate,
    @Schema(description = "HH:mm, the centre's time") @Text(max = 8) String visitTime,
    @Schema(maxLength = 300) @Text(max = 300) String purpose,
    @Schema(maxLength = 2000, description = "line breaks allowed")
        @Text(max = 2000, multiline = true)
        String notes) {

  NewVisitor toNewVisitor() {
    NewVisitor visitor = new NewVisitor();
    visitor.setCentreId(centreId);
    visitor.setHostId(hostId);
    visitor.setFullName(fullName);
    visitor.setEmail(email);
    visitor.setPhone(phone);
    visitor.setCompanyName(companyName);
    visitor.setExpectedDate(parse(expectedDate, LocalDate::parse, "expectedDate"));
    visitor.setVisitTime(parse(visitTime, LocalTime::parse, "visitTime"));
    visitor.setPurpose(purpose);
    visitor.setNotes(notes);
    return visitor;
  }

  /** Dates are read here, so a malformed one is a field error like any other. */
  private static <T> T parse(String text, Function<String, T> parser, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parser.apply(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of(field, "visitor." + field + ".invalid");
    }
  }
}

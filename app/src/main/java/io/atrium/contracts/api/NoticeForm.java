package io.atrium.contracts.api;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The day the client gave notice. */
@Schema(name = "NoticeForm")
public record NoticeForm(
    @Schema(required = true, format = "date", example = "2026-12-01") @Text(max = 10)
        String noticeDate) {

  LocalDate day() {
    Map<String, String> unreadable = new LinkedHashMap<>();
    LocalDate day = Fields.day(noticeDate, "noticeDate", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return day;
  }
}

package io.atrium.reception.web;

import io.atrium.reception.VisitorExport;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.BusinessException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** What the reception's pages share: steps with their messages, dates, instants, exports. */
final class Pages {

  private Pages() {}

  /** Runs a step; says it was done (bundle key, visitor name), or shows why not. */
  static <T> T step(Supplier<T> step, String doneKey, String formId) {
    try {
      T done = step.get();
      Messages.addGlobalInfo(doneKey);
      return done;
    } catch (BusinessException refused) {
      PageErrors.show(refused, formId);
      return null;
    }
  }

  /** A day from the address ({@code 2026-03-14}); a missing or malformed one is today. */
  static LocalDate day(String text, ZoneId zone) {
    try {
      return text == null || text.isBlank() ? LocalDate.now(zone) : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return LocalDate.now(zone);
    }
  }

  /** Sends the list as a CSV download, in the page's language. */
  static void sendCsv(VisitorExport export, VisitorSearch search, Formats formats, String fileName)
      throws IOException {
    StringWriter csv = new StringWriter();
    export.write(search, formats, csv);
    Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), fileName, true);
  }
}

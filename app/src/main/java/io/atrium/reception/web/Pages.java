package io.atrium.reception.web;

import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorExport;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** What the reception's pages share: steps with their messages, dates, instants, exports. */
final class Pages {

  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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

  /** A state named in a link (the home's figures), or null for none or an unknown one. */
  static Visitor.State state(String name) {
    return Arrays.stream(Visitor.State.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** An instant as the centre's clocks showed it, to the second. */
  static String stamp(Instant instant, ZoneId zone) {
    return instant == null ? "" : STAMP.format(instant.atZone(zone));
  }

  /** Sends the list as a CSV download, in the page's language. */
  static void sendCsv(VisitorExport export, VisitorSearch search, String fileName)
      throws IOException {
    StringWriter csv = new StringWriter();
    export.write(search, FacesContext.getCurrentInstance().getViewRoot().getLocale(), csv);
    Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), fileName, true);
  }
}

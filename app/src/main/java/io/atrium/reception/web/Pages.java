package io.atrium.reception.web;

import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorExport;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.format.Formats;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.omnifaces.util.Faces;

/** What the reception's pages share: dates, instants, exports. */
final class Pages {

  private Pages() {}

  /**
   * A day from the address ({@code 2026-03-14}) or typed in the day field ({@code 14/03/2026}); a
   * missing or malformed one is today.
   */
  static LocalDate day(String text, ZoneId zone) {
    return Formats.parseDay(text).orElseGet(() -> LocalDate.now(zone));
  }

  /** A state named in a link (the home's figures), or null for none or an unknown one. */
  static Visitor.State state(String name) {
    return Arrays.stream(Visitor.State.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** Sends the list as a CSV download, in the page's language. */
  static void sendCsv(VisitorExport export, VisitorSearch search, Formats formats, String fileName)
      throws IOException {
    StringWriter csv = new StringWriter();
    export.write(search, formats, csv);
    Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), fileName, true);
  }
}

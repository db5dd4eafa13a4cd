package io.atrium.reception;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Which visitors a list asks for; null filters do not filter. The reception dashboard names a
 * centre and a day; histories name a member (hosting or inviting) or a host company.
 */
public record VisitorSearch(
    Long centreId, LocalDate day, Visitor.State state, String text, Long memberId, Long companyId)
    implements Serializable {

  /** One centre's visitors of one day, the dashboard's view. */
  public static VisitorSearch day(long centreId, LocalDate day, Visitor.State state, String text) {
    return new VisitorSearch(centreId, day, state, text, null, null);
  }

  public static VisitorSearch ofMember(long memberId) {
    return new VisitorSearch(null, null, null, null, memberId, null);
  }

  public static VisitorSearch ofCompany(long companyId) {
    return new VisitorSearch(null, null, null, null, null, companyId);
  }

  public VisitorSearch withText(String newText) {
    return new VisitorSearch(centreId, day, state, newText, memberId, companyId);
  }

  public boolean hasTextFilter() {
    return text != null && !text.isBlank();
  }

  /** {@code %text%} in lower case, LIKE wildcards typed by the user taken literally. */
  String pattern() {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }
}

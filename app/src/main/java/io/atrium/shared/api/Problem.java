package io.atrium.shared.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail: the one shape of every error the REST API returns.
 *
 * @param type a URI naming the kind of problem ("about:blank" when the status says it all)
 * @param title a short summary of the kind, in the caller's language
 * @param status the HTTP status
 * @param detail what went wrong this time, in the caller's language
 * @param instance the request path
 * @param errors field name to message, for validation problems
 * @param lines the wrong lines of an imported file, for refused imports
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "lines"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonbNillable(false) Map<String, String> errors,
    @JsonbNillable(false) List<Line> lines) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One wrong line of an import: its number, the column (absent for the whole line) and why. */
  @JsonbPropertyOrder({"line", "column", "detail"})
  public record Line(int line, @JsonbNillable(false) String column, String detail) {}

  public Problem withLines(List<Line> lines) {
    return new Problem(type, title, status, detail, instance, errors, lines);
  }
}

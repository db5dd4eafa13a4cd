package io.atrium.shared.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonbNillable(false) Map<String, String> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}

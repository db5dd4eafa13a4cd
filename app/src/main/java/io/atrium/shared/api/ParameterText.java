package io.atrium.shared.api;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query and path parameters follow the text rule of bodies ({@code @Text}): one with a control
 * character ({@code ?q=%00}) is a 400 naming it, before any resource reads it. Searches handed a
 * NUL to PostgreSQL, which refuses it in a text, and answered 500.
 */
@Provider
public class ParameterText implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    Map<String, String> errors = new LinkedHashMap<>();
    refuseControls(request.getUriInfo().getQueryParameters(), errors);
    refuseControls(request.getUriInfo().getPathParameters(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static void refuseControls(
      MultivaluedMap<String, String> parameters, Map<String, String> errors) {
    parameters.forEach(
        (name, values) -> {
          for (String value : values) {
            if (!TextValidator.clean(value, false)) {
              // The name is the caller's too: a dirty one is not repeated back.
              errors.putIfAbsent(
                  TextValidator.clean(name, false) ? name : "query", "atrium.text.control");
            }
          }
        });
  }
}

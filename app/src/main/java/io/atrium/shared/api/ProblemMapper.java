package io.atrium.shared.api;

import io.atrium.shared.i18n.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception thrown under /api into problem+json. Unexpected ones are logged with an
 * incident id that the response repeats, and nothing of the exception reaches the caller.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    int status;
    String detail;
    if (failure instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
      detail = text("problem.detail." + status, null);
    } else {
      status = 500;
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, failure);
      detail = text("problem.detail.500", incident);
    }
    var problem =
        new Problem(
            "about:blank",
            text("problem.title." + status, null),
            status,
            detail,
            uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
            null);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private String text(String key, String argument) {
    Locale locale =
        headers == null || headers.getAcceptableLanguages().isEmpty()
            ? Locale.ENGLISH
            : headers.getAcceptableLanguages().get(0);
    ResourceBundle bundle = Texts.bundle(locale);
    try {
      String text = bundle.getString(key);
      return argument == null ? text : text.replace("{0}", argument);
    } catch (MissingResourceException e) {
      return bundle.getString(
          key.startsWith("problem.title") ? "problem.title.other" : "problem.detail.other");
    }
  }
}

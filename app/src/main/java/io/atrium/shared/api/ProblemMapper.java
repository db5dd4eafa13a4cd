package io.atrium.shared.api;

import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.csv.ImportRefusedException;
import io.atrium.shared.database.DatabaseOutage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every exception thrown under /api into problem+json: business refusals with their own
 * status and message, invalid fields listed one by one, and unexpected failures logged with an
 * incident id that the response repeats, nothing of the exception reaching the caller. A request
 * that failed because the database is out of reach is a 503 with {@code Retry-After}: nothing is
 * wrong with it, and the same request succeeds once the database is back (on this server or, via
 * the load balancer, on another).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final MessageInterpolator INTERPOLATOR =
      Validation.buildDefaultValidatorFactory().getMessageInterpolator();

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /** How RESTEasy names a query parameter it could not convert, in its message. */
  private static final Pattern QUERY_PARAM =
      Pattern.compile("jakarta\\.ws\\.rs\\.QueryParam\\(\"([A-Za-z0-9_]{1,40})\"\\)");

  @Context UriInfo uriInfo;

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale =
        headers == null ? Locale.ENGLISH : Problems.locale(headers.getAcceptableLanguages());
    String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    Problem problem;
    Throwable refusal = refusalWithin(failure);
    if (refusal != null) {
      failure = refusal;
    }
    String unreadableParameter = unreadableQuery(failure);
    if (failure instanceof ImportRefusedException refused) {
      problem = Problems.of(refused, locale, path);
    } else if (failure instanceof InvalidFieldsException invalid) {
      problem = Problems.of(400, invalid.messageKey(), null, locale, path, invalid.fieldKeys());
    } else if (failure instanceof BusinessException refused) {
      problem =
          Problems.of(refused.status(), refused.messageKey(), refused.arguments(), locale, path);
    } else if (failure instanceof ConstraintViolationException invalid) {
      problem =
          Problems.of(400, "problem.detail.invalid", null, locale, path, fields(invalid, locale));
    } else if (JsonFailures.unreadableBody(failure)) {
      problem = Problems.of(400, "problem.detail.body", null, locale, path);
    } else if (unreadableParameter != null) {
      problem =
          Problems.of(
              400,
              "problem.detail.invalid",
              null,
              locale,
              path,
              Map.of(unreadableParameter, "api.query.integer"));
    } else if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      problem = Problems.of(status, "problem.detail." + status, null, locale, path);
    } else if (DatabaseOutage.causedBy(failure)) {
      // One line, no stack trace: during an outage every request would log one.
      LOG.warning("Database unreachable, answered 503: " + DatabaseOutage.cause(failure).get());
      problem = Problems.of(503, "problem.detail.503", null, locale, path);
      return Response.status(503)
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .type(Problem.MEDIA_TYPE)
          .entity(problem)
          .build();
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, failure);
      problem = Problems.of(500, "problem.detail.500", new Object[] {incident}, locale, path);
    }
    var answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == 401) {
      // RFC 9110 and 6750: a 401 names the scheme that would let the caller in.
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"atrium\"");
    }
    if (failure instanceof BusinessException refused) {
      refused.retryAfterSeconds().ifPresent(s -> answer.header(HttpHeaders.RETRY_AFTER, s));
    }
    return answer.build();
  }

  /**
   * The query parameter that could not be converted ({@code ?page=abc}): JAX-RS answers 404 for it,
   * as if the address did not exist, where the caller needs to know which value to fix. RESTEasy
   * names the parameter only in its message.
   */
  static String unreadableQuery(Throwable failure) {
    if (failure instanceof jakarta.ws.rs.NotFoundException && failure.getCause() != null) {
      Matcher named = QUERY_PARAM.matcher(String.valueOf(failure.getMessage()));
      if (named.find()) {
        return named.group(1);
      }
    }
    return null;
  }

  /**
   * A refusal thrown while the request body was read ({@link StrictJsonReader}), which the JAX-RS
   * runtime may wrap in its own exceptions.
   */
  private static Throwable refusalWithin(Throwable failure) {
    int hops = 0;
    for (Throwable cause = failure; cause != null && hops < 10; cause = cause.getCause(), hops++) {
      if (cause instanceof BusinessException || cause instanceof ConstraintViolationException) {
        return cause;
      }
    }
    return null;
  }

  /** Bean Validation interpolates in the server's language; this redoes it in the caller's. */
  private static Map<String, String> fields(ConstraintViolationException invalid, Locale locale) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (var violation : invalid.getConstraintViolations()) {
      fields.putIfAbsent(field(violation.getPropertyPath()), inLanguage(violation, locale));
    }
    return fields;
  }

  /**
   * The field as the body names it, as {@link StrictBinding} and the services do: {@code title},
   * {@code walkIn.email}, {@code lines[0].quantity}; the method and parameter are left out.
   */
  static String field(Path path) {
    StringBuilder name = new StringBuilder();
    String last = null;
    for (Path.Node node : path) {
      last = node.getName();
      if (node.getKind() != ElementKind.PROPERTY) {
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null && !name.isEmpty()) {
        name.append('[').append(node.getIndex()).append(']');
      }
      if (!name.isEmpty()) {
        name.append('.');
      }
      name.append(node.getName());
    }
    return name.isEmpty() ? last : name.toString();
  }

  private static String inLanguage(ConstraintViolation<?> violation, Locale locale) {
    var context =
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
          }
        };
    return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, locale);
  }
}

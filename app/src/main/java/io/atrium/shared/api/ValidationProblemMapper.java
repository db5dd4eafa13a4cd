package io.atrium.shared.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid request bodies ({@code @Valid}) as problem+json with their fields, like every other
 * error. Needed beside {@link ProblemMapper}: RESTEasy maps {@code ValidationException} to
 * text/plain itself, and JAX-RS picks the mapper of the closest type, which {@code Throwable} is
 * not.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    var mapper = new ProblemMapper();
    mapper.uriInfo = uriInfo;
    mapper.headers = headers;
    return mapper.toResponse(invalid);
  }
}

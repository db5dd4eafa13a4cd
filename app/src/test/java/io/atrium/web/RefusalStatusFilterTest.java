package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotFoundException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class RefusalStatusFilterTest {

  @Test
  void aRefusalWrappedByFacesAndTheServletIsFound() {
    var notFound =
        new ServletException(new FacesException(new ELException(new NotFoundException())));
    assertEquals(404, RefusalStatusFilter.status(notFound));
    assertEquals(403, RefusalStatusFilter.status(new FacesException(new ForbiddenException())));
  }

  @Test
  void anyOtherFailureStaysAFailure() {
    assertEquals(0, RefusalStatusFilter.status(new ServletException(new IllegalStateException())));
    assertEquals(0, RefusalStatusFilter.status(new ServletException("no cause")));
  }
}

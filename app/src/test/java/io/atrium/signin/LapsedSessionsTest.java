package io.atrium.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An API call with a page session's cookie (a browser's) never reads that session: a clustered
 * server would load it from the session cache and write it back after the call (B8), and the API
 * does not use it (bearer tokens only).
 */
class LapsedSessionsTest {

  private final List<String> asked = new ArrayList<>();
  private final List<String> passed = new ArrayList<>();

  @Test
  void anApiCallGoesOnWithoutItsSessionBeingRead() throws Exception {
    new LapsedSessions().doFilter(request("/api/tickets"), response(), chain());

    assertEquals(List.of(), asked, "the session was not asked for");
    assertEquals(List.of("/api/tickets"), passed);
  }

  @Test
  void aPageAsksForItsSessionAndGoesOnWhenThereIsNone() throws Exception {
    new LapsedSessions().doFilter(request("/reception/dashboard.xhtml"), response(), chain());

    assertEquals(List.of("getSession(false)"), asked);
    assertEquals(List.of("/reception/dashboard.xhtml"), passed);
  }

  private HttpServletRequest request(String path) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "getSession" -> {
                    asked.add("getSession(" + (args == null ? "" : args[0]) + ")");
                    yield null;
                  }
                  default -> throw new AssertionError("not expected: " + method.getName());
                });
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            LapsedSessionsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              throw new AssertionError("not expected: " + method.getName());
            });
  }

  private FilterChain chain() {
    return (request, response) -> passed.add(((HttpServletRequest) request).getRequestURI());
  }
}

package io.atrium.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.atrium.testing.Api;
import io.atrium.testing.Deployments;
import io.atrium.testing.Endpoints;
import io.atrium.testing.Endpoints.Endpoint;
import io.atrium.testing.IdPages;
import io.atrium.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A (lumiere) asks for tenant B's (banyan) rows through every REST endpoint and every page
 * that takes an id, and must get 403 or 404 and none of B's data. Endpoints are found by
 * reflection: one without a case here fails the test, so no endpoint ships unexamined.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossTenantIsolationIT {

  /** Strings only tenant B's data contains. */
  static final List<String> CANARIES = List.of("Peepal Analytics", "banyan.test", "Banyan Works");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL base;

  private Api api;
  private String tokenA;
  private String tokenB;

  @BeforeEach
  void tokens() throws Exception {
    api = new Api(base.toURI());
    tokenA = api.token("lumiere", "admin@lumiere.test");
    tokenB = api.token("banyan", "admin@banyan.test");
  }

  /**
   * How to aim an endpoint at tenant B: B's ids for its path parameters (read with B's own token)
   * and, for writes, a body. Endpoints with no path parameter are asked as A and must not answer
   * with B's data.
   */
  private Map<String, Case> cases() {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("GET /api/me", Case.noId());
    cases.put("GET /api/companies", Case.noId());
    cases.put("POST /api/companies", Case.body("{\"name\":\"Isolation probe\"}"));
    cases.put("GET /api/companies/{id}", Case.ids("company"));
    cases.put("PUT /api/companies/{id}", Case.ids("company").with("{\"name\":\"Hijacked\"}"));
    cases.put("GET /api/companies/{id}/members", Case.ids("company"));
    cases.put(
        "POST /api/companies/{id}/members",
        Case.ids("company")
            .with(
                "{\"fullName\":\"Intruder\",\"email\":\"intruder@lumiere.test\","
                    + "\"companyRole\":\"USER\",\"language\":\"en\"}"));
    cases.put("GET /api/members/{id}", Case.ids("member"));
    cases.put("PUT /api/members/{id}", Case.ids("member").with("{\"fullName\":\"Hijacked\"}"));
    return cases;
  }

  @Test
  void everyEndpointRefusesAnotherTenantsRows() {
    Map<String, Case> cases = cases();
    Map<String, Long> idsOfB = idsOf(tokenB);
    List<String> problems = new ArrayList<>();
    for (Endpoint endpoint : Endpoints.all()) {
      if (endpoint.open()) {
        continue; // sign-in and public information: no tenant data behind them
      }
      Case aim = cases.get(endpoint.key());
      if (aim == null) {
        problems.add(endpoint.key() + ": no isolation case; add one to this test");
        continue;
      }
      String path = fill(endpoint.path(), idsOfB, aim);
      HttpResponse<String> response = call(endpoint.verb(), path, aim.body());
      int status = response.statusCode();
      if (aim.idParams().isEmpty()) {
        if (status >= 500) {
          problems.add(endpoint.key() + ": " + status);
        }
      } else if (status != 404 && status != 403) {
        problems.add(endpoint.key() + " with B's id answered " + status + ": " + response.body());
      }
      CANARIES.stream()
          .filter(response.body()::contains)
          .forEach(canary -> problems.add(endpoint.key() + " leaked " + canary));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyPageTakingAnIdRefusesAnotherTenantsRows() throws Exception {
    Map<String, Long> idsOfB = idsOf(tokenB);
    var visitor = new WebSession(base.toURI()).signedIn("lumiere", "admin@lumiere.test");
    for (String page : IdPages.ALL) {
      String path = fill(page, idsOfB, Case.ids());
      var response = visitor.get(path);
      assertTrue(
          response.statusCode() == 404 || response.statusCode() == 403,
          path + " answered " + response.statusCode());
      for (String canary : CANARIES) {
        assertFalse(response.body().contains(canary), path + " leaked " + canary);
      }
    }
  }

  @Test
  void theCanariesAreReallyInTenantB() {
    var me = api.get("api/me", tokenB);
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("banyan.test"), "B's own data carries the canary");
  }

  /** Ids of B's rows, by placeholder name, read with B's own token. */
  private Map<String, Long> idsOf(String token) {
    Map<String, Long> ids = new LinkedHashMap<>();
    ids.put("staff", Api.json(api.get("api/me", token)).getJsonNumber("id").longValue());
    var companies = api.get("api/companies?size=5", token);
    if (companies.statusCode() == 200) {
      var company = Api.json(companies).getJsonArray("items").getJsonObject(0);
      long companyId = company.getJsonNumber("id").longValue();
      ids.put("company", companyId);
      ids.put("id", companyId);
      var members = api.get("api/companies/" + companyId + "/members", token);
      if (members.statusCode() == 200) {
        Function<String, Long> first =
            body -> {
              Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
              return m.find() ? Long.parseLong(m.group(1)) : null;
            };
        ids.put("member", first.apply(members.body()));
      }
    }
    return ids;
  }

  private static String fill(String template, Map<String, Long> ids, Case aim) {
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String name = aim.idParams().isEmpty() ? m.group(1) : aim.idParams().get(0);
      Long id = ids.get(name);
      if (id == null) {
        id = ids.get(m.group(1));
      }
      if (id == null) {
        fail("No id of tenant B for {" + m.group(1) + "} in " + template);
      }
      m.appendReplacement(path, Long.toString(id));
    }
    m.appendTail(path);
    String result = path.toString();
    return result.startsWith("/") ? result.substring(1) : result;
  }

  private HttpResponse<String> call(String verb, String path, String body) {
    return switch (verb) {
      case "GET" -> api.get(path, tokenA);
      case "POST" -> api.post(path, tokenA, body == null ? "{}" : body);
      case "PUT" -> api.put(path, tokenA, body == null ? "{}" : body);
      default -> throw new IllegalStateException("No case for " + verb + " " + path);
    };
  }

  /** Which of B's ids fill the path, and the body of a write. */
  record Case(List<String> idParams, String body) {
    static Case noId() {
      return new Case(List.of(), null);
    }

    static Case ids(String... names) {
      return new Case(List.of(names), null);
    }

    static Case body(String json) {
      return new Case(List.of(), json);
    }

    Case with(String json) {
      return new Case(idParams, json);
    }
  }
}

package io.atrium.directory;

import io.atrium.testing.Api;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo tenants' companies and members as their Super Admins see them through the API, for tests
 * that need their ids. Tokens are kept for the test run (they last 15 minutes).
 */
final class DemoDirectory {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** A suffix that makes names and e-mails created by this run unique in a reused database. */
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private final Api api;

  DemoDirectory(Api api) {
    this.api = api;
  }

  String token(String tenant, String email) {
    return TOKENS.computeIfAbsent(tenant + "/" + email, k -> api.token(tenant, email));
  }

  String admin(String tenant) {
    return token(tenant, "admin@" + tenant + ".test");
  }

  /** The id of the tenant's company of that exact name. */
  long company(String tenant, String name) {
    var list =
        Api.json(
            api.get(
                "api/companies?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                admin(tenant)));
    return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No company " + name + " in " + tenant))
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the company's member with that e-mail. */
  long member(String tenant, String companyName, String email) {
    var members =
        Api.jsonArray(
            api.get("api/companies/" + company(tenant, companyName) + "/members", admin(tenant)));
    return members.getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("email").equals(email))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No member " + email))
        .getJsonNumber("id")
        .longValue();
  }

  long centreOf(String tenant, String companyName) {
    return Api.json(api.get("api/companies/" + company(tenant, companyName), admin(tenant)))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  long tenantId(String tenant) {
    return Api.json(api.get("api/me", admin(tenant))).getJsonNumber("tenantId").longValue();
  }
}

package io.atrium.access;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Matrix COSEC-style door controller through its web API: {@code GET
 * <base>/api.svc/v2/user?action=set;id=…;name=…;active=1;validity-enable=1;validity-date-dd=…}
 * creates or updates the user (the id is ours, so a retry updates the same user), {@code
 * action=set-credential;id=…;credential-type=pin;data=…} gives it a door code (or {@code
 * credential-type=card;data=<number>} its card), {@code action=delete;id=…} takes it away; HTTP
 * Basic authentication; each answer's text holds {@code Response-Code=0} on success. The validity
 * is the grant's last day (the controller's own granularity): the grant is revoked at its end time
 * by the provisioning job.
 */
public final class CosecDoors implements AccessSystem {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern CODE = Pattern.compile("Response-Code=(\\d+)");

  /** COSEC's "user not found": a user already deleted is revoked. */
  private static final String NOT_FOUND = "13";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String base;
  private final String authorization;
  private final HttpClient http;

  public CosecDoors(String base, String user, String password) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public String name() {
    return "cosec";
  }

  @Override
  public Credential grant(Request request) {
    String id = request.reference();
    ZonedDateTime last = request.validUntil().atZone(ZoneOffset.UTC);
    call(
        "action=set;id="
            + id
            + ";name="
            + cell(request.holder())
            + ";active=1;validity-enable=1;validity-date-dd="
            + last.getDayOfMonth()
            + ";validity-date-mm="
            + last.getMonthValue()
            + ";validity-date-yyyy="
            + last.getYear(),
        false);
    if (request.card() != null) {
      call(
          "action=set-credential;id=" + id + ";credential-type=card;data=" + cell(request.card()),
          false);
      return new Credential(id, request.card());
    }
    String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
    call("action=set-credential;id=" + id + ";credential-type=pin;data=" + pin, false);
    return new Credential(id, pin);
  }

  @Override
  public void revoke(String externalId) {
    call("action=delete;id=" + externalId, true);
  }

  /** A value inside the semicolon-separated query: no separators, at most 40 characters. */
  private static String cell(String text) {
    String clean = text.replaceAll("[;=&\\p{Cntrl}]", " ").strip();
    clean = clean.length() > 40 ? clean.substring(0, 40) : clean;
    return URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void call(String query, boolean goneIsFine) {
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api.svc/v2/user?" + query))
                  .header("Authorization", authorization)
                  .timeout(TIMEOUT)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AccessSystemException("Door controller unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccessSystemException("Interrupted", e);
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new AccessSystemException("Door controller refused the credentials");
    }
    Matcher code = CODE.matcher(response.body());
    if (response.statusCode() != 200 || !code.find()) {
      throw new AccessSystemException("Door controller answered HTTP " + response.statusCode());
    }
    if (!code.group(1).equals("0") && !(goneIsFine && code.group(1).equals(NOT_FOUND))) {
      throw new AccessSystemException("Door controller answered Response-Code=" + code.group(1));
    }
  }
}

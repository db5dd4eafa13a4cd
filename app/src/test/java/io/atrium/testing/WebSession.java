package io.atrium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A browser-less visitor with its own cookies: signs in through the real form. */
public final class WebSession {

  public static final String DEMO_PASSWORD = "Atrium-demo-2026";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final String[] headers;

  public WebSession(URI base) {
    this(base, new String[0]);
  }

  /**
   * A visitor whose every request carries these headers (name, value, ...): an {@code
   * X-Forwarded-For} to come from another address through the test server's trusted proxy, or a
   * forged {@code Host}.
   */
  public WebSession(URI base, String... headers) {
    this(base, null, headers);
  }

  private WebSession(URI base, SSLContext ssl, String... headers) {
    this.base = base;
    this.headers = headers.clone();
    var builder =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER);
    if (ssl != null) {
      builder.sslContext(ssl);
    }
    this.client = builder.build();
    pickLanguage(languageOf(headers));
  }

  /**
   * Tests name the language they read in through Accept-Language (English when they name none);
   * since a user's profile and tenant now come before the browser's language, the session presses
   * the language switch for it (its cookie), which comes first.
   */
  private static String languageOf(String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Accept-Language")) {
        return headers[i + 1].substring(0, 2);
      }
    }
    return "en";
  }

  /** Presses the language switch for this language ("en", "fr"): its cookie. */
  public WebSession pickLanguage(String language) {
    withoutLanguageChoice();
    var cookie = new HttpCookie("atrium_lang", language);
    cookie.setPath("/");
    cookies.getCookieStore().add(base, cookie);
    return this;
  }

  /**
   * A session that has not picked a language with the switch, so the page's language comes from the
   * profile, the tenant or the browser.
   */
  public WebSession withoutLanguageChoice() {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("atrium_lang"))
        .toList()
        .forEach(c -> cookies.getCookieStore().remove(base, c));
    return this;
  }

  /** A visitor over HTTPS to the test server, whose certificate is self-signed. */
  public static WebSession overHttps(URI httpsBase) {
    try {
      TrustManager trustAll =
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          };
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return new WebSession(httpsBase, ssl);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts the sign-in form; the answer is a 302 on success, the form again on failure. */
  public HttpResponse<String> signIn(String workspace, String email, String password) {
    String page = get("login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login_SUBMIT", "1");
    form.put("login:workspace", workspace);
    form.put("login:email", email);
    form.put("login:password", password);
    form.put("login:next", "");
    form.put("login:signIn", "");
    form.put("jakarta.faces.ViewState", viewState(page));
    return post("login.xhtml", form);
  }

  public WebSession signedIn(String workspace, String email) {
    var response = signIn(workspace, email, DEMO_PASSWORD);
    if (response.statusCode() != 302) {
      throw new IllegalStateException(email + " could not sign in: " + response.body());
    }
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }

  public static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("No form on the page: " + page);
    }
    return matcher.group(1);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

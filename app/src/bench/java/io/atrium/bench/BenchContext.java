package io.atrium.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * What every benchmark gets: the settings, the server controller, and the two servers to compare
 * (Atrium and the baseline with the same runtime configuration but an empty application).
 */
public record BenchContext(BenchConfig config, Servers servers, Setup setup, Http http) {

  public ServerSpec app() {
    return setup.app();
  }

  public ServerSpec empty() {
    return setup.empty();
  }

  /**
   * {@code count} load clients for the server's page, each with its own session: signed in as the
   * spec's user when its page needs one, so that they measure the page and not the redirect to the
   * sign-in page.
   */
  public List<HttpClient> pageClients(ServerSpec spec, int count) throws Exception {
    if (spec.user() != null) {
      return SignIn.pageClients(spec.base(), spec.user(), count);
    }
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      clients.add(Http.newClient());
    }
    return clients;
  }
}

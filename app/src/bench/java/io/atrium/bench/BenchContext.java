package io.atrium.bench;

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
}

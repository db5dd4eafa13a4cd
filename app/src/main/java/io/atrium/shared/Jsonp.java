package io.atrium.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every static {@code jakarta.json.Json} call looks it up
 * again (an OSGi probe and a service-loader scan under Liberty), which showed in a billing run's
 * profile, where invoices, footprints and audit entries build JSON thousands of times.
 */
public final class Jsonp {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsonp() {}
}

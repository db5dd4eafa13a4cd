package io.atrium.signin;

import io.atrium.identity.token.AccessTokens;
import io.atrium.identity.token.SigningKey;
import io.atrium.shared.database.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's token issuer and verifier, from configuration: the signing key file ({@code
 * JWT_KEY_FILE}), or, with the embedded database, a key generated once into the data directory.
 * With an external database and no key configured, a key is generated there too, and the log says
 * so: tokens then survive restarts but not a move to another machine.
 *
 * <p>A bean-defining annotation is needed for the producer to be found: the WAR's beans.xml
 * discovers annotated beans only.
 */
@ApplicationScoped
public class TokenSetup {

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "jwt.key.file", defaultValue = "")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "jwt.issuer", defaultValue = "atrium")
  String issuer;

  @Inject
  @ConfigProperty(name = "jwt.audience", defaultValue = "atrium-api")
  String audience;

  @Inject
  @ConfigProperty(name = "jwt.access.ttl.seconds", defaultValue = "900")
  long ttlSeconds;

  @Produces
  @Singleton
  AccessTokens accessTokens() {
    Path file =
        keyFile
            .filter(f -> !f.isBlank())
            .map(Path::of)
            .orElseGet(
                () -> DatabaseSettings.from(config).dataDir().resolve("jwt-signing-key.pem"));
    return new AccessTokens(
        Clock.systemUTC(),
        SigningKey.loadOrGenerate(file),
        issuer,
        audience,
        Duration.ofSeconds(ttlSeconds));
  }
}

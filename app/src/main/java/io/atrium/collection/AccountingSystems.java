package io.atrium.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounting system the server is configured for ({@code ACCOUNTING_SYSTEM=none|zoho} and the
 * {@code ZOHO_*} variables). Each push run opens its own instance, which holds its access token for
 * that run only.
 */
@ApplicationScoped
public class AccountingSystems {

  @Inject
  @ConfigProperty(name = "accounting.system", defaultValue = "none")
  String system;

  @Inject
  @ConfigProperty(name = "zoho.api.base", defaultValue = "https://www.zohoapis.com/books/v3")
  String apiBase;

  @Inject
  @ConfigProperty(name = "zoho.accounts.base", defaultValue = "https://accounts.zoho.com")
  String accountsBase;

  @Inject
  @ConfigProperty(name = "zoho.organization.id")
  Optional<String> organizationId;

  @Inject
  @ConfigProperty(name = "zoho.client.id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "zoho.client.secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "zoho.refresh.token")
  Optional<String> refreshToken;

  public AccountingSystem open() {
    if ("zoho".equalsIgnoreCase(system.strip())) {
      return new ZohoBooks(
          new ZohoSettings(
              apiBase,
              accountsBase,
              organizationId.orElse(""),
              clientId.orElse(""),
              clientSecret.orElse(""),
              refreshToken.orElse("")));
    }
    return new NoAccountingSystem();
  }

  /** The configured system's name, for the page; empty when none is (the page says so). */
  public String name() {
    return "zoho".equalsIgnoreCase(system.strip()) ? "Zoho Books" : "";
  }
}

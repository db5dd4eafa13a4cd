package io.atrium.collection;

/**
 * Where and as whom to reach Zoho Books ({@code ZOHO_*} configuration): the API base (e.g. {@code
 * https://www.zohoapis.com/books/v3}), the accounts server that turns the refresh token into access
 * tokens, the organisation, and the OAuth client.
 */
public record ZohoSettings(
    String apiBase,
    String accountsBase,
    String organizationId,
    String clientId,
    String clientSecret,
    String refreshToken) {

  @Override
  public String toString() {
    // Never the secrets, in a log or an exception.
    return "ZohoSettings[" + apiBase + ", organization " + organizationId + "]";
  }
}

package io.atrium.identity.token;

import java.util.Objects;
import java.util.Set;

/**
 * Who an access token speaks for.
 *
 * @param subject the person's id, as a decimal string ({@code sub})
 * @param upn the person's e-mail address, the principal name the API sees ({@code upn})
 * @param fullName the person's name as people read it, e.g. in the audit log ({@code full_name})
 * @param tenantSlug the tenant the token is valid in ({@code tenant})
 * @param tenantId that tenant's id ({@code tenant_id})
 * @param kind whose account it is, e.g. {@code staff} or {@code member} ({@code kind})
 * @param groups the roles, as MicroProfile JWT groups ({@code groups})
 */
public record TokenClaims(
    String subject,
    String upn,
    String fullName,
    String tenantSlug,
    long tenantId,
    String kind,
    Set<String> groups) {

  public TokenClaims {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(upn, "upn");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(tenantSlug, "tenantSlug");
    Objects.requireNonNull(kind, "kind");
    groups = Set.copyOf(groups);
    // Verification refuses a non-numeric subject, so never issue one.
    try {
      Long.parseLong(subject);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The subject must be a person's id: " + subject);
    }
  }
}

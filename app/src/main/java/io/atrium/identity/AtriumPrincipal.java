package io.atrium.identity;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who is signed in: a staff member or a member of one tenant, or a platform administrator (no
 * tenant). Kept in the HTTP session for pages and rebuilt from the token for the API.
 */
public record AtriumPrincipal(
    Kind kind, Long tenantId, String tenantSlug, long personId, String email, String fullName)
    implements Principal, Serializable {

  /** The request attribute holding the principal, whichever way the request authenticated. */
  public static final String REQUEST_ATTRIBUTE = AtriumPrincipal.class.getName();

  public enum Kind {
    STAFF,
    MEMBER,
    PLATFORM
  }

  @Override
  public String getName() {
    return email;
  }

  public boolean platform() {
    return kind == Kind.PLATFORM;
  }

  public boolean staff() {
    return kind == Kind.STAFF;
  }

  public boolean member() {
    return kind == Kind.MEMBER;
  }
}

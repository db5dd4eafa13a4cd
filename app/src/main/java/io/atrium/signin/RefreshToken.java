package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A long-lived token that buys a new access token (and a new refresh token). Using one twice means
 * it leaked: the answer is 401.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends SingleUseToken {

  protected RefreshToken() {}

  public RefreshToken(AtriumPrincipal.Kind kind, long personId, String hash, Instant expires) {
    super(kind, personId, hash, expires);
  }
}

package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A long-lived token that buys a new access token (and a new refresh token). The tokens rotated
 * from one sign-in form a family; using a spent one means it leaked, and since nobody can tell the
 * thief from the owner, the whole family is revoked (RFC 9700 §4.14.2), as on sign-out.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends SingleUseToken {

  @Column(name = "family")
  private String family;

  @Column(name = "revoked_at")
  @Convert(converter = InstantConverter.class)
  private Instant revokedAt;

  protected RefreshToken() {}

  public RefreshToken(
      AtriumPrincipal.Kind kind, long personId, String hash, Instant expires, String family) {
    super(kind, personId, hash, expires);
    this.family = family;
  }

  @Override
  public boolean usable(Instant now) {
    return revokedAt == null && super.usable(now);
  }

  /** Whether it was already traded for a successor: presenting it again is a replay. */
  public boolean spent() {
    return getUsedAt() != null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String getFamily() {
    return family;
  }
}

package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A long-lived, single-use token that buys a new access token (and a new refresh token). Using one
 * twice means it leaked: the answer is 401.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends TenantEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "person_kind")
  private AtriumPrincipal.Kind personKind;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "expires_at")
  @Convert(converter = InstantConverter.class)
  private Instant expiresAt;

  @Column(name = "used_at")
  @Convert(converter = InstantConverter.class)
  private Instant usedAt;

  protected RefreshToken() {}

  public RefreshToken(AtriumPrincipal.Kind kind, long personId, String hash, Instant expires) {
    this.personKind = kind;
    this.personId = personId;
    this.tokenHash = hash;
    this.expiresAt = expires;
  }

  public boolean usable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public AtriumPrincipal.Kind getPersonKind() {
    return personKind;
  }

  public long getPersonId() {
    return personId;
  }
}

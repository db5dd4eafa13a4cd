package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A random secret given to one person, usable once before it expires. Only its SHA-256 is stored,
 * so a copy of the database opens no account.
 */
@MappedSuperclass
public abstract class SingleUseToken extends TenantEntity {

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

  protected SingleUseToken() {}

  protected SingleUseToken(AtriumPrincipal.Kind kind, long personId, String hash, Instant expires) {
    this.personKind = kind;
    this.personId = personId;
    this.tokenHash = hash;
    this.expiresAt = expires;
  }

  public boolean usable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    if (!usable(now)) {
      throw new IllegalStateException("Token already used or expired");
    }
    usedAt = now;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public AtriumPrincipal.Kind getPersonKind() {
    return personKind;
  }

  public long getPersonId() {
    return personId;
  }
}

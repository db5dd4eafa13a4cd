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
 * A single-use link sent by e-mail to activate an account or reset a password. Only the SHA-256 of
 * the random token is stored, so a copy of the database opens no account.
 */
@Entity
@Table(name = "account_token")
public class AccountToken extends TenantEntity {

  public enum Purpose {
    ACTIVATION,
    RESET
  }

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

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

  protected AccountToken() {}

  public AccountToken(
      Purpose purpose, AtriumPrincipal.Kind kind, long personId, String hash, Instant expires) {
    this.purpose = purpose;
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

  public Purpose getPurpose() {
    return purpose;
  }

  public AtriumPrincipal.Kind getPersonKind() {
    return personKind;
  }

  public long getPersonId() {
    return personId;
  }
}

package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link sent by e-mail to activate an account or reset a password. */
@Entity
@Table(name = "account_token")
public class AccountToken extends SingleUseToken {

  public enum Purpose {
    ACTIVATION,
    RESET
  }

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  protected AccountToken() {}

  public AccountToken(
      Purpose purpose, AtriumPrincipal.Kind kind, long personId, String hash, Instant expires) {
    super(kind, personId, hash, expires);
    this.purpose = purpose;
  }

  public Purpose getPurpose() {
    return purpose;
  }
}

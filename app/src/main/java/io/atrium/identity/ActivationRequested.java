package io.atrium.identity;

/**
 * A person was given an account and must be e-mailed the link to choose their password ("Activer le
 * compte"). The capabilities that own people (staff, directory, day passes for a walk-in) fire it
 * in the transaction that creates or invites them; sign-in, which sits above them, observes it
 * synchronously, so the link and its mail commit or roll back with the change.
 *
 * @param next a page of this site (a path such as {@code /portal/pay.xhtml?invoice=12}) where the
 *     person lands once their password is chosen, instead of their home page; or null
 */
public record ActivationRequested(AtriumPrincipal.Kind kind, long personId, String next) {

  public ActivationRequested(AtriumPrincipal.Kind kind, long personId) {
    this(kind, personId, null);
  }
}

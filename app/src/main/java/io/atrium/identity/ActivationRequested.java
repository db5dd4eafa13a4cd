package io.atrium.identity;

/**
 * A person was given an account and must be e-mailed the link to choose their password ("Activer le
 * compte"). The capabilities that own people (staff, directory) fire it in the transaction that
 * creates or invites them; sign-in, which sits above them, observes it synchronously, so the link
 * and its mail commit or roll back with the change.
 */
public record ActivationRequested(AtriumPrincipal.Kind kind, long personId) {}

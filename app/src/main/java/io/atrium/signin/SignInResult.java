package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;

/** What a sign-in attempt gave: the principal, or why not (never which part was wrong). */
public record SignInResult(Outcome outcome, AtriumPrincipal principal) {

  public enum Outcome {
    SUCCESS,
    BAD_CREDENTIALS,
    /** Too many failures from this address (on this account, or on any): wait and try again. */
    THROTTLED
  }

  public static SignInResult success(AtriumPrincipal principal) {
    return new SignInResult(Outcome.SUCCESS, principal);
  }

  public static SignInResult failed(Outcome outcome) {
    return new SignInResult(outcome, null);
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }
}

package io.atrium.signin;

import io.atrium.identity.AtriumPrincipal;

/** What a sign-in attempt gave: the principal, or why not (never which part was wrong). */
public record SignInResult(Outcome outcome, AtriumPrincipal principal) {

  public enum Outcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED
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

package io.atrium.reception;

import io.atrium.shared.BusinessException;
import io.atrium.shared.i18n.Label;

/**
 * A step the visitor's state does not allow (checking out someone not checked in, approving twice).
 * The API answers 409; pages show the message, usually because someone else acted first.
 */
public class IllegalVisitorStepException extends BusinessException {

  private final transient Visitor.State state;

  public IllegalVisitorStepException(String step, Visitor.State state) {
    super(409, "visitor.step.refused", new Label(state.getLabelKey()));
    this.state = state;
  }

  public Visitor.State state() {
    return state;
  }
}

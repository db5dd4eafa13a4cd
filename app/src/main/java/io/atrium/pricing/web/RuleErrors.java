package io.atrium.pricing.web;

import io.atrium.pricing.CentreTakenException;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.PageErrors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Shows a refusal of the pricing rules on their pages: like {@link PageErrors}, plus the two things
 * it cannot do, a message beside an input of a table row ({@code lines:2:months}) and the centre a
 * grid cannot take named in its message.
 */
final class RuleErrors {

  private RuleErrors() {}

  static void show(BusinessException refused, String formId) {
    if (!(refused instanceof InvalidFieldsException invalid)) {
      PageErrors.show(refused, formId);
      return;
    }
    boolean rowField = invalid.fieldKeys().keySet().stream().anyMatch(f -> f.startsWith("lines:"));
    if (!rowField && !(refused instanceof CentreTakenException)) {
      PageErrors.show(refused, formId);
      return;
    }
    invalid
        .fieldKeys()
        .forEach((field, key) -> Messages.addError(formId + ":" + field, key, refused.arguments()));
    Faces.validationFailed();
  }
}

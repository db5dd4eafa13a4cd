package io.atrium.shared.web;

import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Shows a service's refusal on the page it came from: each invalid field beside its input (when the
 * form has an input with that id), anything else at the top of the page. Marks the request as
 * failed, so dialogs stay open ({@code args.validationFailed}).
 */
public final class PageErrors {

  private PageErrors() {}

  public static void show(BusinessException refused, String formId) {
    if (refused instanceof InvalidFieldsException invalid) {
      invalid
          .fieldKeys()
          .forEach(
              (field, key) -> {
                String clientId = formId + ":" + field;
                if (field.matches("[A-Za-z][\\w-]*")
                    && Components.findComponent(clientId) != null) {
                  Messages.addError(clientId, key);
                } else {
                  Messages.addGlobalError(key);
                }
              });
    } else {
      Messages.addGlobalError(refused.messageKey(), refused.arguments());
    }
    Faces.validationFailed();
  }
}

package io.atrium.shared.web;

import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import java.util.function.Supplier;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Shows a service's refusal on the page it came from: each invalid field beside its input (when the
 * form has an input with that id), anything else at the top of the page. Marks the request as
 * failed, so dialogs stay open ({@code args.validationFailed}). {@link #run} and {@link #step} wrap
 * a page's command in that, so a bean's action is one line.
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

  /**
   * Runs a command; says it was done (bundle key) or shows why not.
   *
   * @return whether it was done
   */
  public static boolean run(Runnable command, String doneKey, String formId) {
    return step(
            () -> {
              command.run();
              return Boolean.TRUE;
            },
            doneKey,
            formId)
        != null;
  }

  /**
   * Runs a step that answers something; says it was done ({@code doneKey}, unless null: the caller
   * says it), or shows why not and answers null.
   */
  public static <T> T step(Supplier<T> step, String doneKey, String formId) {
    try {
      T done = step.get();
      if (doneKey != null) {
        Messages.addGlobalInfo(doneKey);
      }
      return done;
    } catch (BusinessException refused) {
      show(refused, formId);
      return null;
    }
  }
}

package io.atrium.directory.web;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;

/** What the directory's pages share: showing a service's field errors, and the site's address. */
public final class Forms {

  private Forms() {}

  /**
   * Shows each error beside the input named after its field (or at the top when the form has no
   * such input), and keeps a dialog open as failed Faces validation would.
   */
  public static void showErrors(String formId, InvalidFieldsException invalid) {
    invalid
        .fieldKeys()
        .forEach(
            (field, key) -> {
              String clientId = formId + ":" + field;
              if (Components.findComponent(clientId) != null) {
                Messages.addError(clientId, key);
              } else {
                Messages.addGlobalError(key);
              }
            });
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * The id given in a page's address.
   *
   * @throws NotFoundException when it is missing or not a number, as for an unknown id
   */
  public static long id(String param) {
    try {
      return Long.parseLong(param.trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}

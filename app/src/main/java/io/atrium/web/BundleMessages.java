package io.atrium.web;

import io.atrium.shared.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces {@code Messages.addX("key", args)} take bundle keys, so beans never hold
 * user-facing text: the message is looked up in the page's language.
 */
@WebListener
public class BundleMessages implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Messages.setResolver(BundleMessages::resolve);
  }

  static String resolve(String key, Object... params) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : null;
    String text;
    try {
      text = Texts.bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      text = key;
    }
    return params.length == 0
        ? text
        : new MessageFormat(text, Texts.supported(locale))
            .format(Texts.arguments(params, Texts.supported(locale)));
  }
}

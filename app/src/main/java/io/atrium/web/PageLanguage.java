package io.atrium.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A page's view is made in its reader's language ({@link UserLocale}) from the start. The
 * template's {@code f:view locale} applies only when the page is drawn, so code running before that
 * (a view action reading its labels, as the rights page's role names) got the browser's language:
 * French pages showed the roles' English names.
 */
public class PageLanguage extends ViewHandlerWrapper {

  public PageLanguage(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(UserLocale.class).get().getLocale();
  }
}

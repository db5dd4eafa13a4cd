package io.atrium.pricing;

import java.io.Serializable;
import java.util.Locale;

/** A catalogue item a grid line may name, as the grid editor lists it: id, code and names. */
public record GridItem(long id, String code, String nameEn, String nameFr) implements Serializable {

  /** "DESK-FIX · Poste fixe": the code and the name in the reader's language. */
  public String label(Locale locale) {
    return code + " · " + ("fr".equals(locale.getLanguage()) ? nameFr : nameEn);
  }
}

package io.atrium.shared.i18n;

/**
 * A word from the bundles handed to a message as an argument (a state, a kind), written in the
 * language the message is written in: "the visitor is EXPECTED" read as a code on any page.
 */
public record Label(String key) {

  /** The word in this language; the key itself when the bundles lack it. */
  public String in(java.util.Locale language) {
    var bundle = Texts.bundle(language);
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }
}

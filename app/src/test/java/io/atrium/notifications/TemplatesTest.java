package io.atrium.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mails people receive, as rendered from the bundles in their language. */
class TemplatesTest {

  private static final Map<String, String> LINK =
      Map.of(
          "name", "Claire Martin",
          "operator", "Lumière Coworking",
          "workspace", "lumiere",
          "link", "https://atrium.example/account/activate.xhtml?workspace=lumiere&token=a$b\\c");

  @Test
  void theFrenchActivationMailSaysActivateTheAccountWithTheWorkspaceTheLinkAndSevenDays() {
    Locale fr = Templates.language("fr");
    String subject = Templates.render("mail.activation.subject", fr, LINK);
    String body = Templates.render("mail.activation.body", fr, LINK);
    assertEquals("Activer le compte – Lumière Coworking sur Atrium", subject);
    assertTrue(body.startsWith("Bonjour Claire Martin,\n\n"), body);
    assertTrue(body.contains("« lumiere »"), body);
    assertTrue(body.contains("\n" + LINK.get("link") + "\n"), "the link alone on its line");
    assertTrue(body.contains("valable 7 jours"), body);
  }

  @Test
  void theEnglishActivationMailSaysTheSameInEnglish() {
    Locale en = Templates.language("en");
    String subject = Templates.render("mail.activation.subject", en, LINK);
    String body = Templates.render("mail.activation.body", en, LINK);
    assertEquals("Activate your account – Lumière Coworking on Atrium", subject);
    assertTrue(body.contains("\"lumiere\""), body);
    assertTrue(body.contains("valid for 7 days"), body);
    assertTrue(body.contains(LINK.get("link")), body);
  }

  @Test
  void theResetMailIsValidForOneHourInBothLanguages() {
    assertTrue(
        Templates.render("mail.reset.body", Locale.ENGLISH, LINK).contains("valid for 1 hour"));
    assertTrue(
        Templates.render("mail.reset.body", Locale.FRENCH, LINK).contains("valable 1 heure"));
    assertTrue(
        Templates.render("mail.reset.subject", Locale.FRENCH, LINK)
            .startsWith("Réinitialiser votre mot de passe"));
  }

  @Test
  void aLanguageAtriumDoesNotSpeakGetsEnglish() {
    assertEquals(Locale.ENGLISH, Templates.language("de"));
    assertEquals(Locale.ENGLISH, Templates.language(null));
    assertEquals(Locale.FRENCH, Templates.language("fr-CA"));
  }

  @Test
  void noPlaceholderIsLeftUnfilledAndAMissingParameterFailsLoudly() {
    String body = Templates.render("mail.activation.body", Locale.ENGLISH, LINK);
    assertFalse(body.matches("(?s).*\\{[a-z]+}.*"), body);
    var missing = Map.of("name", "Claire");
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Templates.render("mail.activation.body", Locale.FRENCH, missing));
    assertTrue(error.getMessage().contains("operator"), error.getMessage());
  }

  @Test
  void anUnknownTemplateFailsInsteadOfSendingTheKey() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Templates.render("mail.nope.subject", Locale.ENGLISH, LINK));
    assertNull(Templates.renderOptional("notice.nope.body", Locale.ENGLISH, LINK));
  }

  @Test
  void parameterValuesAreInsertedLiterally() {
    String title =
        Templates.render("notice.welcome.title", Locale.ENGLISH, Map.of("name", "{name} $1 \\"));
    assertEquals("Welcome to Atrium, {name} $1 \\", title);
  }

  @Test
  void aSubjectIsAlwaysOneLine() {
    assertEquals("Hi there Bcc: x", Templates.oneLine("Hi\r\nthere\nBcc: x"));
  }

  @Test
  void templateNamesAreChecked() {
    Templates.checkName("activation");
    Templates.checkName("ticket.assigned");
    assertThrows(IllegalArgumentException.class, () -> Templates.checkName("../secret"));
    assertThrows(IllegalArgumentException.class, () -> Templates.checkName(null));
  }
}

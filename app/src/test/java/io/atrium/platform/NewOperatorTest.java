package io.atrium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.shared.InvalidFieldsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewOperatorTest {

  private static NewOperator form(String slug, String country, String currency, String zone) {
    return new NewOperator(
        slug,
        "Studio Nord SAS",
        country,
        currency,
        zone,
        "fr",
        "LIL1",
        "Nord Gare",
        "Lille",
        new BigDecimal("20"),
        "Anne Leroy",
        "Anne.Leroy@nord.test");
  }

  @Test
  void aValidFormDeclaresOneVatCentreTheSixRolesAndAnInvitedSuperAdmin() {
    var manifest = form("studio-nord", "fr", "eur", "Europe/Paris").manifest();
    assertEquals("studio-nord", manifest.slug());
    assertEquals("FR", manifest.country());
    assertEquals("EUR", manifest.currency().getCurrencyCode());
    assertEquals("LIL1", manifest.centres().get(0).code());
    assertEquals(DefaultRoles.all(), manifest.roles());
    var admin = manifest.staff().get(0);
    assertEquals("anne.leroy@nord.test", admin.email());
    assertEquals(List.of(DefaultRoles.SUPER_ADMIN), admin.roles());
    assertTrue(admin.allCentres());
    assertEquals(
        null, admin.password(), "the Super Admin chooses a password by the activation link");
  }

  @Test
  void everyWrongFieldIsNamed() {
    var wrong =
        new NewOperator(
            "Platform",
            "",
            "XX",
            "EUX",
            "+02:00",
            "de",
            "lil1",
            "",
            "",
            new BigDecimal("120"),
            "",
            "nope");
    Map<String, String> errors =
        assertThrows(InvalidFieldsException.class, wrong::manifest).fieldKeys();
    assertEquals(
        List.of(
            "adminEmail",
            "adminName",
            "centreCity",
            "centreCode",
            "centreName",
            "country",
            "currency",
            "legalName",
            "locale",
            "slug",
            "taxRate",
            "timeZone"),
        errors.keySet().stream().sorted().toList());
  }

  @Test
  void gstOperatorsAndThePlatformsOwnWorkspaceAreRefused() {
    var india =
        assertThrows(
            InvalidFieldsException.class,
            () -> form("chai", "IN", "INR", "Asia/Kolkata").manifest());
    assertEquals(Map.of("country", "platform.country.gst"), india.fieldKeys());
    var platform =
        assertThrows(
            InvalidFieldsException.class,
            () -> form("platform", "FR", "EUR", "Europe/Paris").manifest());
    assertEquals(Map.of("slug", "platform.slug.invalid"), platform.fieldKeys());
  }

  @Test
  void controlCharactersAndNamesLongerThanTheirColumnAreFieldErrors() {
    var wrong =
        new NewOperator(
            "studio-nord",
            "Studio\u0000Nord",
            "FR",
            "EUR",
            "Europe/Paris",
            "fr",
            "LIL1",
            "Nord\r\nGare",
            "L".repeat(101),
            new BigDecimal("20"),
            "A".repeat(121),
            "anne\u0000@nord.test");
    Map<String, String> errors =
        assertThrows(InvalidFieldsException.class, wrong::manifest).fieldKeys();
    assertEquals("atrium.text.control", errors.get("legalName"));
    assertEquals("atrium.text.control", errors.get("centreName"));
    assertEquals("platform.field.tooLong", errors.get("centreCity"));
    assertEquals("platform.field.tooLong", errors.get("adminName"));
    assertEquals("platform.adminEmail.invalid", errors.get("adminEmail"));
  }
}

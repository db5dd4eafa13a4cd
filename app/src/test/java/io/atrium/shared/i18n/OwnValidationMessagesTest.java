package io.atrium.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No library's validation or conversion text reaches a person: every message Faces, PrimeFaces and
 * Bean Validation would show by default is ours, in English and in French.
 */
class OwnValidationMessagesTest {

  /** The Faces messages a form of ours can raise (Jakarta Faces 4.0's Messages.properties). */
  static final List<String> FACES =
      List.of(
          "jakarta.faces.component.UIInput.CONVERSION",
          "jakarta.faces.component.UIInput.REQUIRED",
          "jakarta.faces.component.UIInput.UPDATE",
          "jakarta.faces.component.UISelectOne.INVALID",
          "jakarta.faces.component.UISelectMany.INVALID",
          "jakarta.faces.converter.BigDecimalConverter.DECIMAL",
          "jakarta.faces.converter.BigIntegerConverter.BIGINTEGER",
          "jakarta.faces.converter.BooleanConverter.BOOLEAN",
          "jakarta.faces.converter.ByteConverter.BYTE",
          "jakarta.faces.converter.CharacterConverter.CHARACTER",
          "jakarta.faces.converter.DateTimeConverter.DATE",
          "jakarta.faces.converter.DateTimeConverter.TIME",
          "jakarta.faces.converter.DateTimeConverter.DATETIME",
          "jakarta.faces.converter.DoubleConverter.DOUBLE",
          "jakarta.faces.converter.EnumConverter.ENUM",
          "jakarta.faces.converter.FloatConverter.FLOAT",
          "jakarta.faces.converter.IntegerConverter.INTEGER",
          "jakarta.faces.converter.LongConverter.LONG",
          "jakarta.faces.converter.NumberConverter.CURRENCY",
          "jakarta.faces.converter.NumberConverter.PERCENT",
          "jakarta.faces.converter.NumberConverter.NUMBER",
          "jakarta.faces.converter.ShortConverter.SHORT",
          "jakarta.faces.converter.STRING",
          "jakarta.faces.validator.NOT_IN_RANGE",
          "jakarta.faces.validator.DoubleRangeValidator.MAXIMUM",
          "jakarta.faces.validator.DoubleRangeValidator.MINIMUM",
          "jakarta.faces.validator.DoubleRangeValidator.NOT_IN_RANGE",
          "jakarta.faces.validator.DoubleRangeValidator.TYPE",
          "jakarta.faces.validator.LengthValidator.MAXIMUM",
          "jakarta.faces.validator.LengthValidator.MINIMUM",
          "jakarta.faces.validator.LongRangeValidator.MAXIMUM",
          "jakarta.faces.validator.LongRangeValidator.MINIMUM",
          "jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE",
          "jakarta.faces.validator.LongRangeValidator.TYPE",
          "jakarta.faces.validator.RegexValidator.NOT_MATCHED",
          "jakarta.faces.validator.BeanValidator.MESSAGE");

  /** PrimeFaces messages no page of ours can raise (virus scanners are not configured). */
  static final List<String> PRIMEFACES_UNUSED =
      List.of(
          "primefaces.fileupload.CLAM_AV_FILE",
          "primefaces.fileupload.VIRUS_TOTAL_FILE",
          "primefaces.datatable.SORT_ASC",
          "primefaces.datatable.SORT_DESC",
          "primefaces.datatable.SORT_LABEL");

  static final List<String> CONSTRAINTS =
      List.of(
          "AssertFalse",
          "AssertTrue",
          "DecimalMax",
          "DecimalMin",
          "Digits",
          "Email",
          "Future",
          "FutureOrPresent",
          "Max",
          "Min",
          "Negative",
          "NegativeOrZero",
          "NotBlank",
          "NotEmpty",
          "NotNull",
          "Null",
          "Past",
          "PastOrPresent",
          "Pattern",
          "Positive",
          "PositiveOrZero",
          "Size");

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void facesMessagesAreOurs(String language) {
    ResourceBundle ours = own("i18n.messages", language);
    List<String> missing = new ArrayList<>();
    for (String key : FACES) {
      if (!ours.containsKey(key)
          || !ours.containsKey(key + "_detail") && !key.endsWith("MESSAGE")) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing, "Faces messages left to the library in " + language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void primeFacesMessagesAreOurs(String language) throws IOException {
    ResourceBundle ours = own("i18n.messages", language);
    Properties library = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("org/primefaces/Messages.properties")) {
      assertNotNull(in, "PrimeFaces' messages are on the class path");
      library.load(in);
    }
    List<String> missing =
        library.stringPropertyNames().stream()
            .filter(key -> !key.endsWith("_detail") && !PRIMEFACES_UNUSED.contains(key))
            .filter(key -> !ours.containsKey(key))
            .sorted()
            .toList();
    assertFalse(library.isEmpty());
    assertEquals(List.of(), missing, "PrimeFaces messages left to the library in " + language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void beanValidationMessagesAreOurs(String language) {
    ResourceBundle ours = own("ValidationMessages", language);
    List<String> missing =
        CONSTRAINTS.stream()
            .map(name -> "jakarta.validation.constraints." + name + ".message")
            .filter(key -> !ours.containsKey(key))
            .toList();
    assertEquals(List.of(), missing, "Bean Validation messages left to the library");
  }

  private static ResourceBundle own(String name, String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            name,
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    assertEquals(language, bundle.getLocale().getLanguage(), name + " in " + language);
    return bundle;
  }
}

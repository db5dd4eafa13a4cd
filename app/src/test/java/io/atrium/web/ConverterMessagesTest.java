package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A date or time typed wrong is answered with the format and a fixed example. Faces' example
 * ({@code {1}}) is "now" on the converter's clock, UTC here: an Indian receptionist was shown
 * yesterday's date and a time five and a half hours off.
 */
class ConverterMessagesTest {

  @Test
  void dateAndTimeMessagesGiveAFixedExampleNotTheServersClock() throws Exception {
    for (String language : List.of("en", "fr")) {
      Properties texts = PageTextsTest.bundleFile(language);
      for (String kind : List.of("DATE", "TIME", "DATETIME")) {
        String key = "jakarta.faces.converter.DateTimeConverter." + kind + "_detail";
        String text = texts.getProperty(key);
        assertTrue(text != null && text.contains("{2}"), language + " " + key + ": the field");
        assertFalse(text.contains("{1}"), language + " " + key + ": " + text);
      }
    }
  }
}

package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The approvals inbox names each request's kind by a key built from it ({@code approval.kind.} +
 * the document's kind), which no page scan can check: a booking's discount waiting for approval
 * showed {@code ???approval.kind.BOOKING???} in both languages. Every kind a capability submits
 * (its {@code KIND} constant beside {@code new ApprovalDocument(}) has its label in both bundles.
 */
class ApprovalKindLabelsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern KIND =
      Pattern.compile("static final String KIND = \"([A-Z][A-Z_]+)\"");

  @Test
  void everyKindSubmittedForApprovalIsNamedInBothLanguages() throws IOException {
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (source.contains("new ApprovalDocument(")) {
          Matcher kind = KIND.matcher(source);
          assertTrue(kind.find(), file + " submits for approval without a KIND constant");
          kinds.add(kind.group(1));
        }
      }
    }
    assertTrue(kinds.containsAll(Set.of("BOOKING", "CONTRACT", "PRICE_QUOTE")), "found: " + kinds);
    for (String language : List.of("en", "fr")) {
      Properties texts = PageTextsTest.bundleFile(language);
      for (String kind : kinds) {
        String label = texts.getProperty("approval.kind." + kind);
        assertTrue(label != null && !label.isBlank(), language + ": approval.kind." + kind);
      }
    }
  }
}

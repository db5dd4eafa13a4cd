package io.atrium.tenancy.manifest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a manifest together with its dotted path and line, so that whoever reads it can
 * report a problem where it is. A text reports at its own line; a mapping or a list at the line of
 * its key (or of its {@code -}), which is where a reader looks for it; an absent value (key missing
 * or value empty) at the line of its key, or of the mapping that lacks it.
 *
 * <p>Scalars are read as the text written, never through YAML's implicit types: {@code 06} stays
 * {@code 06} (not 6), {@code NO} stays a country (not false), {@code 20:00} stays a time.
 */
final class ManifestNode {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final String file;
  private final String path;
  private final Node node;
  private final int line;

  /**
   * @param line where the value is introduced: its key's line, or its own for a list item
   */
  ManifestNode(String file, String path, Node node, int line) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.line = node instanceof ScalarNode && !isEmpty(node) ? lineOf(node) : line;
  }

  static ManifestNode root(String file, Node node) {
    return new ManifestNode(file, "", node, lineOf(node));
  }

  static int lineOf(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  boolean isPresent() {
    return node != null && !isEmpty(node);
  }

  /** Whether the value is a single text rather than a list or a mapping. */
  boolean isText() {
    return isPresent() && node instanceof ScalarNode;
  }

  ManifestException problem(String message) {
    return new ManifestException(file, line, path, message);
  }

  /** The path of a child, for problems found before the child has a node of its own. */
  String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A mapping whose keys must all be among {@code keys}; required. */
  ManifestMap map(String... keys) {
    requirePresent();
    if (!(node instanceof MappingNode mapping)) {
      throw problem("must be a mapping of keys to values, not " + describe(node));
    }
    return new ManifestMap(this, mapping, keys.length == 0 ? null : List.of(keys));
  }

  /** The items of a list; an absent list is empty. */
  List<ManifestNode> list() {
    if (!isPresent()) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw problem("must be a list, not " + describe(node));
    }
    List<ManifestNode> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new ManifestNode(file, path + "[" + items.size() + "]", item, lineOf(item)));
    }
    return items;
  }

  /** Required text. */
  String text() {
    requirePresent();
    if (!(node instanceof ScalarNode scalar)) {
      throw problem("must be a text, not " + describe(node));
    }
    return scalar.getValue().strip();
  }

  String textOr(String fallback) {
    return isPresent() ? text() : fallback;
  }

  /** Required text matching {@code pattern} whole. */
  String text(Pattern pattern, String problem) {
    String text = text();
    if (!pattern.matcher(text).matches()) {
      throw problem(problem);
    }
    return text;
  }

  String textOr(Pattern pattern, String problem, String fallback) {
    return isPresent() ? text(pattern, problem) : fallback;
  }

  /** Only {@code true} and {@code false}: YAML 1.1 would also take yes, on, y... */
  boolean bool(boolean fallback) {
    if (!isPresent()) {
      return fallback;
    }
    return switch (text()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw problem("must be true or false");
    };
  }

  /** Required plain decimal such as {@code 20} or {@code 5.5}: no exponent, no hexadecimal. */
  BigDecimal decimal() {
    return new BigDecimal(text(DECIMAL, "must be a number such as 20 or 5.5"));
  }

  /** One of an enum's constants, written as its name. */
  <E extends Enum<E>> E choice(Class<E> type, E fallback) {
    if (!isPresent()) {
      if (fallback == null) {
        requirePresent();
      }
      return fallback;
    }
    String text = text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw problem("must be one of " + names(type.getEnumConstants()) + ", not \"" + text + "\"");
  }

  private void requirePresent() {
    if (node == null) {
      throw problem("is required");
    }
    if (isEmpty(node)) {
      throw problem("must not be empty");
    }
  }

  private static boolean isEmpty(Node node) {
    return node instanceof ScalarNode scalar
        && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank());
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "a text";
  }

  private static String names(Enum<?>[] constants) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : constants) {
      names.add(constant.name());
    }
    return String.join(", ", names);
  }
}

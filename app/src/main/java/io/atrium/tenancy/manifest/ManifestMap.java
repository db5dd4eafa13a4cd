package io.atrium.tenancy.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping checked on arrival: keys are plain texts, none repeated (YAML parsers keep the
 * last one silently), and, when the section has a fixed vocabulary, none unknown, so that a typo is
 * an error rather than a setting silently left at its default.
 */
final class ManifestMap {

  private final ManifestNode owner;
  private final Map<String, ManifestNode> values = new LinkedHashMap<>();

  ManifestMap(ManifestNode owner, MappingNode mapping, List<String> allowedKeys) {
    this.owner = owner;
    Map<String, Integer> seenAt = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int keyLine = ManifestNode.lineOf(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        throw new ManifestException(
            owner.file(), keyLine, owner.path(), "keys must be plain texts, not lists or mappings");
      }
      String key = keyNode.getValue();
      String path = owner.childPath(key);
      if (seenAt.containsKey(key)) {
        throw new ManifestException(
            owner.file(), keyLine, path, "duplicate key (first at line " + seenAt.get(key) + ")");
      }
      if (allowedKeys != null && !allowedKeys.contains(key)) {
        throw new ManifestException(owner.file(), keyLine, path, unknown(key, allowedKeys));
      }
      seenAt.put(key, keyLine);
      values.put(key, new ManifestNode(owner.file(), path, tuple.getValueNode(), keyLine));
    }
  }

  ManifestNode owner() {
    return owner;
  }

  /** The value of {@code key}, absent when the key is missing. */
  ManifestNode get(String key) {
    ManifestNode value = values.get(key);
    return value != null
        ? value
        : new ManifestNode(owner.file(), owner.childPath(key), null, owner.line());
  }

  /** For mappings whose keys are data (state code to GSTIN). */
  List<Map.Entry<String, ManifestNode>> entries() {
    return new ArrayList<>(values.entrySet());
  }

  private static String unknown(String key, List<String> allowedKeys) {
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String allowed : allowedKeys) {
      int distance = distance(key.toLowerCase(Locale.ROOT), allowed.toLowerCase(Locale.ROOT));
      if (distance < best) {
        best = distance;
        closest = allowed;
      }
    }
    String hint =
        best <= Math.max(2, key.length() / 3)
            ? "did you mean \"" + closest + "\"?"
            : "expected one of " + String.join(", ", allowedKeys);
    return "unknown key; " + hint;
  }

  /** Levenshtein distance, for the "did you mean" of a misspelt key. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

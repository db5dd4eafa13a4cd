package io.atrium.bench;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Just enough JSON output for the results file, to keep the harness free of dependencies. */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      writeEntries(map.entrySet().iterator(), out, indent, '{', '}', true);
    } else if (value instanceof Collection<?> list) {
      writeEntries(list.iterator(), out, indent, '[', ']', false);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      string(value.toString(), out);
    }
  }

  private static void writeEntries(
      Iterator<?> items, StringBuilder out, String indent, char open, char close, boolean keyed) {
    out.append(open);
    if (!items.hasNext()) {
      out.append(close);
      return;
    }
    String inner = indent + "  ";
    while (items.hasNext()) {
      Object item = items.next();
      out.append('\n').append(inner);
      if (keyed) {
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
        string(entry.getKey().toString(), out);
        out.append(": ");
        item = entry.getValue();
      }
      write(item, out, inner);
      out.append(items.hasNext() ? "," : "");
    }
    out.append('\n').append(indent).append(close);
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

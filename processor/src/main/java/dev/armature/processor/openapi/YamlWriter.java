package dev.armature.processor.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link JsonObject} tree as block-style YAML: two-space indent, sequence dashes indented under
 * their key, {@code "\n"} line ends, no line folding, {@code []} and {@code {}} for empty collections.
 *
 * <p>Strings are plain when a YAML 1.1 or 1.2 reader reads them back as the same string, else quoted:
 * double quotes for what YAML 1.1 would read as a boolean, null or number ({@code "YES"}, {@code "~"},
 * {@code "200"}), for flow indicators, {@code ": "} and {@code " #"}, for characters that need an escape;
 * single quotes for the rest that cannot be plain (a leading indicator such as {@code `} or {@code @},
 * a trailing {@code :}). This is the quoting of the Jackson YAML (SnakeYAML) emitter the processor used
 * before (minimized quotes, numbers-as-strings quoted), so documents keep their bytes; it replaces that
 * emitter because loading it cost every compilation a noticeable part of the processor's time (issue 2).
 */
final class YamlWriter {
  private static final int INDENT = 2;
  /** YAML 1.1 booleans and nulls; Jackson quotes these in every capitalization YAML 1.1 knows. */
  private static final Set<String> KEYWORDS = Set.of(
      "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
      "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "null", "Null", "NULL");
  /** Characters that cannot start a plain scalar (c-indicator in YAML 1.2, minus {@code - ? :}, handled apart). */
  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";
  private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[0-9]*(\\.[0-9]*)?"
      + "|[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
      + "|\\.[0-9_]+([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF))|\\.(nan|NaN|NAN)"
      + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");

  private final StringBuilder out;

  private YamlWriter(StringBuilder out) {
    this.out = out;
  }

  /** The document, ending with a newline. */
  static String write(JsonObject document) {
    StringBuilder out = new StringBuilder(1024);
    YamlWriter writer = new YamlWriter(out);
    if (document.isEmpty()) {
      out.append("{}\n");
    } else {
      writer.members(document.members(), 0, false);
    }
    return out.toString();
  }

  /** Members at {@code indent}; the first one continues the current line when {@code inline} (after "- "). */
  private void members(Map<String, Object> members, int indent, boolean inline) {
    boolean first = true;
    for (Map.Entry<String, Object> member : members.entrySet()) {
      if (!(first && inline)) {
        indent(indent);
      }
      first = false;
      out.append(key(member.getKey())).append(':');
      Object value = member.getValue();
      if (value instanceof JsonObject o && !o.isEmpty()) {
        out.append('\n');
        members(o.members(), indent + INDENT, false);
      } else if (value instanceof JsonArray a && !a.isEmpty()) {
        out.append('\n');
        items(a.items(), indent + INDENT, false);
      } else {
        out.append(' ').append(scalarOrEmpty(value)).append('\n');
      }
    }
  }

  private void items(List<Object> items, int indent, boolean inline) {
    boolean first = true;
    for (Object item : items) {
      if (!(first && inline)) {
        indent(indent);
      }
      first = false;
      out.append("- ");
      if (item instanceof JsonObject o && !o.isEmpty()) {
        members(o.members(), indent + INDENT, true);
      } else if (item instanceof JsonArray a && !a.isEmpty()) {
        items(a.items(), indent + INDENT, true);
      } else {
        out.append(scalarOrEmpty(item)).append('\n');
      }
    }
  }

  private void indent(int indent) {
    out.append(" ".repeat(indent));
  }

  private static String scalarOrEmpty(Object value) {
    if (value instanceof JsonObject) {
      return "{}";
    }
    if (value instanceof JsonArray) {
      return "[]";
    }
    if (value instanceof String s) {
      return string(s);
    }
    return String.valueOf(value); // null, booleans, numbers (BigDecimal as toString, like Jackson)
  }

  /** A mapping key: double-quoted when a reader would take it for a boolean, null or number. */
  static String key(String key) {
    if (key.isEmpty() || KEYWORDS.contains(key) || key.charAt(0) == '~' || "0123456789-+.".indexOf(key.charAt(0)) >= 0
        || looksLikeNumber(key)
        || needsEscape(key)) {
      return doubleQuoted(key);
    }
    return plainAllowed(key) ? key : singleQuoted(key);
  }

  /** A string value; a comment sign or a {@code :} that would end a plain scalar is double-quoted. */
  static String string(String value) {
    if (value.isEmpty() || KEYWORDS.contains(value) || value.charAt(0) == '~' || looksLikeNumber(value)
        || hasFlowIndicatorOrComment(value) || needsEscape(value)) {
      return doubleQuoted(value);
    }
    return plainAllowed(value) ? value : singleQuoted(value);
  }

  /**
   * What a YAML 1.1 or 1.2 reader takes for a number or a date (and, as Jackson quoted them, a lone sign
   * or dot): integers in any base, floats, sexagesimals, {@code .inf}, {@code .nan}, {@code 2001-12-14}.
   */
  private static boolean looksLikeNumber(String s) {
    char first = s.charAt(0);
    return ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.')
        && NUMBER_OR_DATE.matcher(s).matches();
  }

  private static boolean hasFlowIndicatorOrComment(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("[]{},".indexOf(c) >= 0
          || (c == '#' && (i == 0 || isBlank(s.charAt(i - 1))))
          || (c == ':' && (i + 1 == s.length() || isBlank(s.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a plain scalar in block context reads back as exactly this string (YAML 1.2, 7.3.3). */
  private static boolean plainAllowed(String s) {
    char first = s.charAt(0);
    if (isBlank(first) || isBlank(s.charAt(s.length() - 1)) || LEADING_INDICATORS.indexOf(first) >= 0) {
      return false;
    }
    if ((first == '-' || first == '?' || first == ':') && (s.length() == 1 || isBlank(s.charAt(1)))) {
      return false;
    }
    if (s.startsWith("---") || s.startsWith("...")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == ':' && (i + 1 == s.length() || isBlank(s.charAt(i + 1)))) || (c == '#' && i > 0 && isBlank(s.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Line breaks, tabs and other characters that only a double-quoted scalar can carry, as escapes. */
  private static boolean needsEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || escape(c) != null || !printable(c)) {
        return true;
      }
    }
    return false;
  }

  private static String singleQuoted(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String doubleQuoted(String s) {
    StringBuilder quoted = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = escape(c);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (escape != null) {
        quoted.append(escape);
      } else if (c < 0x20 || !printable(c)) {
        quoted.append(c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** YAML's named escapes (5.7) for characters that must not appear as themselves in a double-quoted scalar. */
  private static String escape(char c) {
    return switch (c) {
      case '\0' -> "\\0";
      case '\u0007' -> "\\a";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\u000B' -> "\\v";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case '\u001B' -> "\\e";
      case '\u0085' -> "\\N";
      case '\u00A0' -> "\\_";
      case '\u2028' -> "\\L";
      case '\u2029' -> "\\P";
      default -> null;
    };
  }

  /** YAML's printable characters (5.1); surrogate pairs count as printable (supplementary planes are). */
  private static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xD800 && c <= 0xDFFF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }
}

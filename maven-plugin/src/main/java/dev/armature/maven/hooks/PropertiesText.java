package dev.armature.maven.hooks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * {@code .properties} text as {@link Properties#load(java.io.InputStream)} and Spring's
 * {@code @PropertySource} read it: ISO-8859-1, anything else as {@code \}{@code uXXXX}. Written by hand rather
 * than with {@link Properties#store}, which adds a date line (same inputs, same bytes) and sorts nothing.
 */
final class PropertiesText {
  private PropertiesText() {}

  /** The properties in this file's bytes. */
  static Properties parse(byte[] bytes) throws IOException {
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(bytes));
    return properties;
  }

  /**
   * A file of {@code #} comment lines, a blank line and one {@code key=value} line per pair, in order; pure
   * ASCII, so it reads back the same in any charset.
   *
   * @param comment lines without the {@code #} (comments are not unescaped: anything outside printable ASCII
   *     becomes {@code ?})
   * @param pairs key, value, key, value, ...
   */
  static byte[] format(List<String> comment, String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("pairs must be key, value, ...");
    }
    StringBuilder out = new StringBuilder();
    for (String line : comment) {
      out.append(line.isEmpty() ? "#" : "# " + line.replaceAll("[^\\x20-\\x7e]", "?")).append('\n');
    }
    out.append('\n');
    for (int i = 0; i < pairs.length; i += 2) {
      out.append(escape(pairs[i], true)).append('=').append(escape(pairs[i + 1], false)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Escapes as {@code Properties.store} does: backslash, the separators {@code = :}, the comment starters
   * {@code # !}, a leading space (and every space in a key), control characters and non-ASCII.
   */
  static String escape(String text, boolean key) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '=', ':', '#', '!' -> out.append('\\').append(c);
        case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

package dev.armature.maven.hooks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code .env} text, which two readers must take the same way: a POSIX shell ({@code set -a; . ./.env;
 * set +a}) and docker compose ({@code env_file}, and the project {@code .env} it reads for interpolation).
 * Both agree on {@code NAME=value} when the value holds only characters neither treats specially, and on
 * {@code NAME='value'} (taken literally by both, see docs.docker.com/compose/env-file) for anything else
 * without a quote, a backslash or a line break; that is all this writes. ({@code docker run --env-file} is
 * another reader: it keeps quotes as part of the value, docker/cli#4665.) Reading accepts what a person may have written: {@code export}, quotes, comments.
 */
final class DotEnv {
  /** Characters that mean nothing to sh or compose in an unquoted assignment value (no {@code ~ $ # ;}, spaces, quotes, globs). */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** No backslash either: compose reads {@code \'} inside single quotes as an escaped quote, sh does not. */
  private static final Pattern QUOTABLE = Pattern.compile("[^'\\\\\\x00-\\x1f\\x7f]*");

  private DotEnv() {}

  /** Whether the value can stand unquoted after {@code NAME=}. */
  static boolean plain(String value) {
    return PLAIN.matcher(value).matches();
  }

  /**
   * {@code NAME=value}, quoted with {@code '} only when it must be.
   *
   * @throws IllegalArgumentException when no form reads back the same in sh and compose (a {@code '} or a
   *     backslash or a control character in the value) or the name is not a variable name
   */
  static String assignment(String name, String value) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not an environment variable name");
    }
    if (plain(value)) {
      return name + "=" + value;
    }
    if (QUOTABLE.matcher(value).matches()) {
      return name + "='" + value + "'";
    }
    throw new IllegalArgumentException("the value of " + name + " holds a quote ('), a backslash or a control"
        + " character, which a shell and docker compose would read differently");
  }

  /**
   * The variables a file sets, later lines winning as in a shell. Lines that are not assignments are
   * skipped.
   */
  static Map<String, String> parse(byte[] bytes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : new String(bytes, StandardCharsets.UTF_8).split("\r?\n|\r")) {
      String line = raw.strip();
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (line.startsWith("#") || eq <= 0 || !NAME.matcher(line.substring(0, eq)).matches()) {
        continue;
      }
      out.put(line.substring(0, eq), value(line.substring(eq + 1)));
    }
    return out;
  }

  private static String value(String text) {
    if (text.startsWith("'")) {
      int end = text.indexOf('\'', 1);
      return end < 0 ? text.substring(1) : text.substring(1, end);
    }
    if (text.startsWith("\"")) {
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          break;
        }
        if (c == '\\' && i + 1 < text.length() && "\\\"$`".indexOf(text.charAt(i + 1)) >= 0) {
          c = text.charAt(++i);
        }
        out.append(c);
      }
      return out.toString();
    }
    // unquoted: a '#' after whitespace starts a comment, in sh and in compose alike
    return text.split("\\s+#", 2)[0].strip();
  }
}

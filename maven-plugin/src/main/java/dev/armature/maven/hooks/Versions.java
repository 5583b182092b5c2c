package dev.armature.maven.hooks;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers {@code environment-check} compares, read leniently from the strings Maven and the JVM give. */
final class Versions {
  private static final Pattern LEADING = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?.*");

  private Versions() {}

  /**
   * The Java feature release: {@code 17} of {@code 17.0.12}, {@code 21-ea} or {@code 17}, and {@code 8} of
   * the old scheme's {@code 1.8.0_392} or {@code 1.8}; empty for anything else (e.g. an unresolved
   * {@code ${java.version}}).
   */
  static OptionalInt javaFeature(String version) {
    Matcher m = LEADING.matcher(version.trim());
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int first = Integer.parseInt(m.group(1));
    if (first == 1 && m.group(2) != null) {
      return OptionalInt.of(Integer.parseInt(m.group(2)));
    }
    return OptionalInt.of(first);
  }

  /** Major and minor of a version like {@code 3.5.16} or {@code 4.0.0-RC1}; empty when it has no such start. */
  static int[] majorMinor(String version) {
    Matcher m = LEADING.matcher(version.trim());
    if (!m.matches()) {
      return new int[0];
    }
    return new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))};
  }
}

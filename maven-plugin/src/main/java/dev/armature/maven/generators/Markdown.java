package dev.armature.maven.generators;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Text that is safe in GitHub Flavored Markdown, and heading anchors as GitHub makes them. */
final class Markdown {
  private Markdown() {}

  /** An inline code span that survives a table cell: {@code |} escaped (GFM requires it even in code). */
  static String code(String text) {
    String flat = text.replace('\n', ' ');
    String span = flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
    return span.replace("|", "\\|");
  }

  /** Plain text for a table cell: one line, {@code |} escaped. */
  static String cell(String text) {
    return text.replace('\n', ' ').replace("|", "\\|");
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  static String or(List<String> items) {
    return join(items, "or");
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String and(List<String> items) {
    return join(items, "and");
  }

  private static String join(List<String> items, String word) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + word + " " + items.get(items.size() - 1);
  }

  /** The first letter in upper case. */
  static String capitalized(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * The anchors of a document's headings, handed out in document order as GitHub (github-slugger) and
   * GitLab make them: the heading's text in lower case, punctuation dropped, spaces made {@code -}, and
   * {@code -1}, {@code -2}... appended to a repeat. Headings must be registered in the order they appear.
   */
  static final class Anchors {
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\p{M} _-]");
    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor of the next heading, whose text (without {@code #} and backticks) is given. */
    String next(String headingText) {
      String base = PUNCTUATION.matcher(headingText.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
      String slug = base;
      while (seen.containsKey(slug)) {
        slug = base + "-" + seen.merge(base, 1, Integer::sum);
      }
      seen.put(slug, 0);
      return slug;
    }
  }
}

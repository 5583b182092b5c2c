package dev.armature.processor.diagnostics;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" hints: the closest candidate by edit distance, if it is close enough to be a typo. */
public final class Suggestions {
  private Suggestions() {}

  /** {@code "; did you mean 'title'?"}, or an empty string when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  static Optional<String> closest(String wrong, Collection<String> candidates) {
    String lower = wrong.toLowerCase(java.util.Locale.ROOT);
    return candidates.stream()
        .filter(c -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, c.length() / 3))
        .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

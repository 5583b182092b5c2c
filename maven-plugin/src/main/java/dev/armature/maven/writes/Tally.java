package dev.armature.maven.writes;

import java.util.ArrayList;
import java.util.List;

/** Counts what the writes of one run did, for the one line in the build log. */
final class Tally {
  int written;
  int unchanged;
  int keptWithNewBeside;
  int keptDeleted;
  int removed;
  int keptStale;

  /**
   * E.g. {@code "2 files written, 5 unchanged, 1 kept (edited by you; new version beside it)"}; the parts
   * after "unchanged" only when they happened.
   */
  String summary() {
    List<String> parts = new ArrayList<>();
    parts.add(written + (written == 1 ? " file" : " files") + " written");
    parts.add(unchanged + " unchanged");
    add(parts, keptWithNewBeside, "kept (edited by you; new version beside it)");
    add(parts, keptDeleted, "not restored (deleted by you)");
    add(parts, removed, "removed (no longer generated)");
    add(parts, keptStale, "kept though no longer generated (edited by you)");
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, int count, String what) {
    if (count > 0) {
      parts.add(count + " " + what);
    }
  }
}

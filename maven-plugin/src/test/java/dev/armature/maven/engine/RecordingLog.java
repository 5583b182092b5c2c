package dev.armature.maven.engine;

import java.util.ArrayList;
import java.util.List;

/** A {@link BuildLog} that keeps every line, prefixed with its level ({@code INFO }, {@code WARN }, {@code DEBUG }). */
final class RecordingLog implements BuildLog {
  private final List<String> lines = new ArrayList<>();

  @Override public synchronized void info(String line) {
    lines.add("INFO " + line);
  }

  @Override public synchronized void warn(String line) {
    lines.add("WARN " + line);
  }

  @Override public synchronized void debug(String line) {
    lines.add("DEBUG " + line);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** The lines of one level, without the prefix. */
  synchronized List<String> at(String level) {
    return lines.stream().filter(l -> l.startsWith(level + " ")).map(l -> l.substring(level.length() + 1)).toList();
  }

  synchronized void clear() {
    lines.clear();
  }
}

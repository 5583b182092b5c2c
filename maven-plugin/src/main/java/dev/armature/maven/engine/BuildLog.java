package dev.armature.maven.engine;

/**
 * Where plain-Java parts of the plugin report to the person: Maven's log in a build, a list in a test.
 * Lines are whole sentences without an "Armature:" prefix (the mojo adds the plugin's name).
 */
public interface BuildLog {
  void info(String line);

  void warn(String line);

  void debug(String line);

  /** Discards everything (tests that do not look at the log). */
  static BuildLog silent() {
    return new BuildLog() {
      @Override public void info(String line) {}

      @Override public void warn(String line) {}

      @Override public void debug(String line) {}
    };
  }
}

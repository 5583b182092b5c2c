package dev.armature.maven.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file a generator makes.
 *
 * @param path relative to the output directory, {@code /}-separated, e.g. {@code docs/API.md}; never
 *     absolute, never {@code ..}, never into {@code .armature/}
 * @param content the exact bytes
 */
public record GeneratedFile(String path, byte[] content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    path = checkedPath(path);
    content = content.clone();
  }

  /** A UTF-8 text file. */
  public static GeneratedFile text(String path, String content) {
    return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The content as UTF-8 text. */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** Checks that a path stays inside the output directory and is written one way only. */
  public static String checkedPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException("a generated path must be relative and /-separated: '" + path + "'");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("a generated path must not contain empty, . or .. segments: '" + path + "'");
      }
    }
    if (path.equals(".armature") || path.startsWith(".armature/")) {
      throw new IllegalArgumentException(".armature/ belongs to the plugin: '" + path + "'");
    }
    return path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedFile f && f.path.equals(path) && Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "GeneratedFile[" + path + ", " + content.length + " bytes]";
  }
}

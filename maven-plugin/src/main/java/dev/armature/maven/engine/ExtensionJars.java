package dev.armature.maven.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jars of the plugin's class loader (Maven's plugin realm: the plugin and its {@code <dependencies>})
 * with size and time, so a rebuilt third-party generator or hook counts as a changed input.
 */
final class ExtensionJars {
  private ExtensionJars() {}

  static String stamp(ClassLoader loader) throws IOException {
    List<String> stamps = new ArrayList<>();
    if (loader instanceof URLClassLoader urls) {
      for (URL url : urls.getURLs()) {
        stamps.add(stampOf(url));
      }
    }
    return stamps.stream().sorted().toList().toString();
  }

  private static String stampOf(URL url) throws IOException {
    try {
      Path p = Path.of(url.toURI());
      return Files.isRegularFile(p) ? p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis() : p.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return url.toString();
    }
  }
}

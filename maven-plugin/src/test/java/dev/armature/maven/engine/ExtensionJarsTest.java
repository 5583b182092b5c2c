package dev.armature.maven.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExtensionJars}: a rebuilt jar on the plugin's class path changes the stamp. */
class ExtensionJarsTest {
  @TempDir Path dir;

  @Test
  void aJarsSizeOrTimeChangesTheStamp() throws Exception {
    Path jar = Files.write(dir.resolve("my-generator-1.0.jar"), new byte[] {1, 2, 3});
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    String first = stamp(jar);

    assertThat(stamp(jar)).isEqualTo(first);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
    String touched = stamp(jar);
    assertThat(touched).isNotEqualTo(first);
    Files.write(jar, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
    assertThat(stamp(jar)).isNotEqualTo(touched);
  }

  @Test
  void theOrderOfTheJarsDoesNotMatter() throws Exception {
    URL a = Files.write(dir.resolve("a.jar"), new byte[] {1}).toUri().toURL();
    URL b = Files.write(dir.resolve("b.jar"), new byte[] {2}).toUri().toURL();
    try (URLClassLoader ab = new URLClassLoader(new URL[] {a, b}, null);
        URLClassLoader ba = new URLClassLoader(new URL[] {b, a}, null)) {
      assertThat(ExtensionJars.stamp(ab)).isEqualTo(ExtensionJars.stamp(ba));
    }
  }

  @Test
  void aLoaderWithoutUrlsHasAnEmptyStamp() throws Exception {
    assertThat(ExtensionJars.stamp(ClassLoader.getPlatformClassLoader())).isEqualTo("[]");
  }

  private static String stamp(Path jar) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      return ExtensionJars.stamp(loader);
    }
  }
}

package dev.armature.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.maven.project.MavenProject;

/**
 * Writes {@code META-INF/armature/project.properties} into the class output before the compile, so the
 * processor's OpenAPI {@code info} carries the project's name and version (issue 9), not a default. Written
 * by hand, not with {@code Properties.store} (which adds a date): same POM, same bytes, and written only
 * when the bytes change.
 */
final class ProjectInfoFile {
  static final String PATH = "META-INF/armature/project.properties";

  private ProjectInfoFile() {}

  static void write(MavenProject project) throws IOException {
    String name = project.getName() == null || project.getName().isBlank() ? project.getArtifactId() : project.getName();
    StringBuilder text = new StringBuilder("# written by armature:generate from the POM; read by the processor\n")
        .append("name=").append(escape(name)).append('\n')
        .append("version=").append(escape(project.getVersion())).append('\n');
    if (project.getDescription() != null && !project.getDescription().isBlank()) {
      text.append("description=").append(escape(project.getDescription().strip())).append('\n');
    }
    Path file = Path.of(project.getBuild().getOutputDirectory()).resolve(PATH);
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** A value in the properties format (UTF-8, as the processor reads it): backslash, line breaks, leading space. */
  private static String escape(String value) {
    String escaped = value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    return escaped.startsWith(" ") ? "\\" + escaped : escaped;
  }
}

package dev.armature.processor;

import dev.armature.processor.openapi.ApiInfo;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The project's name, version and description for the OpenAPI {@code info}. Per value, the first that
 * says something: the processor options {@code armature.title} / {@code armature.version} (a user's explicit
 * choice), then {@code META-INF/armature/project.properties} in the class output (UTF-8, keys {@code name},
 * {@code version}, {@code description}; the Maven plugin's {@code generate} goal writes it from the POM), then
 * {@link ApiInfo#defaults(String)}.
 */
final class ProjectInfoReader {
  static final String PROJECT_PROPERTIES = "META-INF/armature/project.properties";

  private ProjectInfoReader() {}

  static ApiInfo read(Filer filer, Map<String, String> options, String generatedPackage) {
    Properties project = projectProperties(filer);
    ApiInfo defaults = ApiInfo.defaults(generatedPackage);
    String title = first(options.get(ArmatureProcessor.OPTION_TITLE), project.getProperty("name"), defaults.title());
    String version = first(options.get(ArmatureProcessor.OPTION_VERSION), project.getProperty("version"),
        defaults.version());
    return new ApiInfo(title, version, Optional.ofNullable(blankToNull(project.getProperty("description"))));
  }

  /** The file's values; none when there is no such file or the Filer cannot read the class output. */
  private static Properties projectProperties(Filer filer) {
    Properties properties = new Properties();
    try (Reader in = new InputStreamReader(
        filer.getResource(StandardLocation.CLASS_OUTPUT, "", PROJECT_PROPERTIES).openInputStream(),
        StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | RuntimeException e) {
      // no file (a build without the Maven plugin), or a Filer that does not read (some IDE compilers)
      properties.clear();
    }
    return properties;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (blankToNull(value) != null) {
        return value.strip();
      }
    }
    throw new IllegalStateException("the last value is a default");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

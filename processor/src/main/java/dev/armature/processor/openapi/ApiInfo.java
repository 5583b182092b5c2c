package dev.armature.processor.openapi;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code info} of the document: the project's name, version and description. The processor reads
 * them from the {@code armature.title} / {@code armature.version} options, else from
 * {@code META-INF/armature/project.properties} (the Maven plugin writes it from the POM), else takes
 * {@link #defaults(String)}.
 *
 * @param title {@code info.title}, e.g. {@code Library}
 * @param version {@code info.version}, e.g. {@code 1.4.0}
 * @param description the project's description, put before the generated text of {@code info.description}
 */
public record ApiInfo(String title, String version, Optional<String> description) {
  /** The version when nothing names one: OpenAPI requires {@code info.version}. */
  public static final String UNKNOWN_VERSION = "0.0.0";

  public ApiInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
  }

  /**
   * From the generated package: its last segment before a final {@code api}, capitalized, and
   * {@code " API"} ({@code com.example.library.api} gives {@code Library API}), version {@value #UNKNOWN_VERSION}.
   */
  public static ApiInfo defaults(String generatedPackage) {
    String[] segments = generatedPackage.split("\\.");
    int last = segments.length - 1;
    if (last > 0 && segments[last].equals("api")) {
      last--;
    }
    String segment = segments[last];
    String name = segment.isEmpty() || segment.equals("api") ? ""
        : Character.toUpperCase(segment.charAt(0)) + segment.substring(1) + " ";
    return new ApiInfo(name + "API", UNKNOWN_VERSION, Optional.empty());
  }
}

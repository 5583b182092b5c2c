package dev.armature.maven.hooks;

/**
 * POM fragments for messages, indented as they sit in a POM so a person pastes them as they are. No
 * versions on starters: the Spring Boot parent or BOM the project already has manages them.
 */
final class PomSnippets {
  /**
   * The Boot version offered when the project has none: the one the examples and integration tests are
   * built with.
   */
  static final String SUGGESTED_BOOT_VERSION = "4.1.1";

  private PomSnippets() {}

  /** A {@code <dependency>} of Spring Boot's, version managed. */
  static String bootStarter(String artifactId) {
    return "    <dependency>\n"
        + "      <groupId>org.springframework.boot</groupId>\n"
        + "      <artifactId>" + artifactId + "</artifactId>\n"
        + "    </dependency>";
  }

  /** A runtime dependency whose version Spring Boot manages (a JDBC driver). */
  static String runtimeDependency(String groupId, String artifactId) {
    return "    <dependency>\n"
        + "      <groupId>" + groupId + "</groupId>\n"
        + "      <artifactId>" + artifactId + "</artifactId>\n"
        + "      <scope>runtime</scope>\n"
        + "    </dependency>";
  }

  /** Spring Boot's parent POM, which brings the plugin and every starter's version. */
  static String bootParent() {
    return "  <parent>\n"
        + "    <groupId>org.springframework.boot</groupId>\n"
        + "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        + "    <version>" + SUGGESTED_BOOT_VERSION + "</version>\n"
        + "    <relativePath/>\n"
        + "  </parent>";
  }

  /** maven-compiler-plugin with armature-processor on its processor path. */
  static String processorPath(String version) {
    return "      <plugin>\n"
        + "        <groupId>org.apache.maven.plugins</groupId>\n"
        + "        <artifactId>maven-compiler-plugin</artifactId>\n"
        + "        <configuration>\n"
        + "          <annotationProcessorPaths>\n"
        + "            <path>\n"
        + "              <groupId>dev.armature</groupId>\n"
        + "              <artifactId>armature-processor</artifactId>\n"
        + "              <version>" + version + "</version>\n"
        + "            </path>\n"
        + "          </annotationProcessorPaths>\n"
        + "        </configuration>\n"
        + "      </plugin>";
  }
}

package dev.armature.maven.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.armature.maven.spi.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PluginSettings#check}: every wrong value fails with a message naming its XML element. */
class PluginSettingsTest {
  @TempDir Path dir;

  @Test
  void everyWrongParameterIsNamedInOneMessage() {
    assertThatThrownBy(() -> PluginSettings.check("huge", "oracle", dir, dir.resolve("no-such-templates"), null, null,
        null, null, Map.of("admin-credentials", "x"), true))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("<profile> is 'huge'; accepted values: startup, enterprise, hyperscale\n"
            + "<database> is 'oracle'; accepted values: h2, postgresql, mysql\n<templateDirectory> ")
        .hasMessageContaining("\n<hookSettings> has <admin-credentials>;");
  }

  @Test
  void booleanParametersAreTrueOrFalseAndNothingElse() throws Exception {
    assertThat(PluginSettings.flag("failOnHookError", null, true)).isTrue();
    assertThat(PluginSettings.flag("failOnHookError", " ", true)).isTrue();
    assertThat(PluginSettings.flag("skip", "TRUE", false)).isTrue();
    assertThat(PluginSettings.flag("failOnHookError", " false ", true)).isFalse();
    // Maven's own conversion would have read these as false, silently
    for (String typo : new String[] {"maybe", "yes", "1", "flase"}) {
      assertThatThrownBy(() -> PluginSettings.flag("failOnHookError", typo, true)).isInstanceOf(SettingsException.class)
          .hasMessage("<failOnHookError> is '" + typo + "'; accepted values: true, false");
    }
  }

  @Test
  void nothingGivenMeansTheDefaults() throws Exception {
    PluginSettings s = PluginSettings.check(null, null, dir, null, null, null, null, null, null, true);

    assertThat(s.settings()).isEqualTo(new Settings(Settings.Profile.STARTUP, Settings.Database.H2));
    assertThat(s.outputDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(s.templateDirectory()).isEmpty();
    assertThat(s.generators()).isEmpty();
    assertThat(s.excludeGenerators()).isEmpty();
    assertThat(s.hooks()).isEmpty();
    assertThat(s.skipHooks()).isEmpty();
    assertThat(s.hookSettings()).isEmpty();
    assertThat(s.failOnHookError()).isTrue();
  }

  @Test
  void blankValuesAreTheDefaultsToo() throws Exception {
    PluginSettings s = PluginSettings.check("  ", "", dir, null, List.of(), List.of(), List.of(), List.of(), Map.of(), false);

    assertThat(s.settings()).isEqualTo(Settings.defaults());
    assertThat(s.failOnHookError()).isFalse();
  }

  @Test
  void profileAndDatabaseAreTrimmed() throws Exception {
    PluginSettings s = PluginSettings.check(" hyperscale\n", "\tpostgresql ", dir, null, null, null, null, null, null, true);

    assertThat(s.settings()).isEqualTo(new Settings(Settings.Profile.HYPERSCALE, Settings.Database.POSTGRESQL));
  }

  @Test
  void anUnknownProfileListsTheAcceptedOnes() {
    assertThatThrownBy(() -> PluginSettings.check("huge", null, dir, null, null, null, null, null, null, true))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<profile> is 'huge'; accepted values: startup, enterprise, hyperscale");
  }

  @Test
  void profileIsCaseSensitiveLikeEveryPomValue() {
    assertThatThrownBy(() -> PluginSettings.check("Enterprise", null, dir, null, null, null, null, null, null, true))
        .hasMessage("<profile> is 'Enterprise'; accepted values: startup, enterprise, hyperscale");
  }

  @Test
  void anUnknownDatabaseListsTheAcceptedOnes() {
    assertThatThrownBy(() -> PluginSettings.check(null, "oracle", dir, null, null, null, null, null, null, true))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<database> is 'oracle'; accepted values: h2, postgresql, mysql");
  }

  @Test
  void noOutputDirectoryFails() {
    assertThatThrownBy(() -> PluginSettings.check(null, null, null, null, null, null, null, null, null, true))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<outputDirectory> is empty; give a folder (default: ${project.basedir})");
  }

  @Test
  void anOutputDirectoryThatIsAFileFails() throws Exception {
    Path file = Files.writeString(dir.resolve("pom.xml"), "<project/>");

    assertThatThrownBy(() -> PluginSettings.check(null, null, file, null, null, null, null, null, null, true))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<outputDirectory> " + file + " is not a folder that can be written (" + file + " is a file);"
            + " give a folder, e.g. ${project.basedir}");
  }

  @Test
  void anOutputDirectoryUnderAFileFailsNamingTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Path under = file.resolve("generated/out");

    assertThatThrownBy(() -> PluginSettings.check(null, null, under, null, null, null, null, null, null, true))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<outputDirectory> " + under + " is not a folder that can be written (" + file + " is a file);"
            + " give a folder, e.g. ${project.basedir}");
  }

  @Test
  void anOutputDirectoryThatDoesNotExistYetIsFineAndNotCreated() throws Exception {
    Path later = dir.resolve("out/deeper");

    assertThat(PluginSettings.check(null, null, later, null, null, null, null, null, null, true).outputDirectory())
        .isEqualTo(later);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void theOutputDirectoryIsMadeAbsoluteAndNormal() throws Exception {
    Path relative = Path.of("target", "..", "target");

    assertThat(PluginSettings.check(null, null, relative, null, null, null, null, null, null, true).outputDirectory())
        .isEqualTo(Path.of("target").toAbsolutePath());
  }

  @Test
  void aReadOnlyOutputDirectoryFails() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root can write into read-only folders");
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    assertThat(readOnly.toFile().setWritable(false)).isTrue();
    try {
      assertThatThrownBy(() -> PluginSettings.check(null, null, readOnly.resolve("out"), null, null, null, null, null,
          null, true))
          .hasMessage("<outputDirectory> " + readOnly.resolve("out") + " is not writable (" + readOnly
              + " is read-only); give a folder you can write to");
    } finally {
      readOnly.toFile().setWritable(true);
    }
  }

  @Test
  void aMissingTemplateDirectoryFails() {
    Path missing = dir.resolve("src/armature/templates");

    assertThatThrownBy(() -> PluginSettings.check(null, null, dir, missing, null, null, null, null, null, true))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<templateDirectory> " + missing + " is not a folder; give the folder holding your replacement"
            + " templates (e.g. src/armature/templates)");
  }

  @Test
  void aTemplateDirectoryThatIsAFileFails() throws Exception {
    Path file = Files.writeString(dir.resolve("API.md.vm"), "# $title");

    assertThatThrownBy(() -> PluginSettings.check(null, null, dir, file, null, null, null, null, null, true))
        .hasMessageStartingWith("<templateDirectory> " + file + " is not a folder;");
  }

  @Test
  void anExistingTemplateDirectoryIsKeptAbsolute() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("src/armature/templates"));

    assertThat(PluginSettings.check(null, null, dir, dir.resolve("src/armature/../armature/templates"), null, null,
        null, null, null, true).templateDirectory()).isEqualTo(Optional.of(templates));
  }

  @Test
  void aHookSettingWithoutItsHookNameFails() {
    assertThatThrownBy(() -> check(Map.of("username", "ops")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<hookSettings> has <username>; each setting is <hook-name.setting>,"
            + " e.g. <admin-credentials.username>admin</admin-credentials.username>");
  }

  @Test
  void otherMalformedHookSettingKeysFail() {
    for (String key : List.of("Admin-credentials.username", "admin-credentials.", ".username", "a.b.c", "a_b.c")) {
      assertThatThrownBy(() -> check(Map.of(key, "x"))).as(key).hasMessageStartingWith("<hookSettings> has <" + key + ">;");
    }
  }

  @Test
  void wellFormedHookSettingsAreKeptSorted() throws Exception {
    Map<String, String> given = new HashMap<>();
    given.put("env-file.mode", "strict");
    given.put("admin-credentials.username", "ops");
    given.put("banner.noColor", null);

    PluginSettings s = check(given);

    assertThat(s.hookSettings().keySet()).containsExactly("admin-credentials.username", "banner.noColor", "env-file.mode");
    assertThat(s.hookSettings()).containsEntry("banner.noColor", null);
    assertThatThrownBy(() -> s.hookSettings().put("x.y", "z")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nameListsAreTrimmedAndDeduplicatedInTheirOrder() throws Exception {
    List<String> raw = Arrays.asList(" env-example", "api-docs ", null, "", "  ", "env-example", "api-docs");

    PluginSettings s = PluginSettings.check(null, null, dir, null, raw, raw, raw, raw, null, true);

    for (List<String> names : List.of(s.generators(), s.excludeGenerators(), s.hooks(), s.skipHooks())) {
      assertThat(names).containsExactly("env-example", "api-docs");
    }
  }

  @Test
  void theRecordsListsCannotBeChanged() throws Exception {
    PluginSettings s = PluginSettings.check(null, null, dir, null, List.of("a"), null, null, null, null, true);

    assertThatThrownBy(() -> s.generators().add("b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalSettingsAreEqualAndPrintTheSame() throws Exception {
    // the settings' toString is part of armature:generate's fingerprint
    PluginSettings a = PluginSettings.check("enterprise", null, dir, null, List.of(" x"), null, null, null,
        Map.of("b.c", "1", "a.b", "2"), true);
    PluginSettings b = PluginSettings.check("enterprise ", "h2", dir, null, List.of("x", "x"), List.of(), null, null,
        new TreeMap<>(Map.of("a.b", "2", "b.c", "1")), true);

    assertThat(a).isEqualTo(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(PluginSettings.check("startup", null, dir, null, null, null, null, null, null, true).toString())
        .isNotEqualTo(a.toString());
  }

  private PluginSettings check(Map<String, String> hookSettings) throws SettingsException {
    return PluginSettings.check(null, null, dir, null, null, null, null, null, hookSettings, true);
  }
}

package dev.armature.maven.engine;

import static dev.armature.maven.engine.TestGenerator.making;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.engine.ServiceProviders.AlsoNamedTwin;
import dev.armature.maven.engine.ServiceProviders.BadlyNamed;
import dev.armature.maven.engine.ServiceProviders.NamedApiDocs;
import dev.armature.maven.engine.ServiceProviders.NamedAtLoad;
import dev.armature.maven.engine.ServiceProviders.NamedTwin;
import dev.armature.maven.engine.ServiceProviders.OtherTwinHook;
import dev.armature.maven.engine.ServiceProviders.TwinHook;
import dev.armature.maven.engine.ServiceProviders.UnnamedHook;
import dev.armature.maven.generators.ApiDocsGenerator;
import dev.armature.maven.generators.EnvExampleGenerator;
import dev.armature.maven.hooks.AdminCredentialsHook;
import dev.armature.maven.hooks.BannerHook;
import dev.armature.maven.hooks.EnvFileHook;
import dev.armature.maven.hooks.EnvironmentCheckHook;
import dev.armature.maven.hooks.GitignoreHook;
import dev.armature.maven.hooks.WritableOutputsHook;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.Hook;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Extensions}: what the ServiceLoader finds, the name checks, and {@code <generators>} selection. */
class ExtensionsTest {
  @TempDir Path jar;

  @Test
  void theBuiltInGeneratorsAndHooksAreFoundByName() throws Exception {
    Extensions extensions = Extensions.load(getClass().getClassLoader());

    Map<String, Class<?>> generators = extensions.generators().stream()
        .collect(Collectors.toMap(Generator::name, Object::getClass));
    Map<String, Class<?>> hooks = extensions.hooks().stream().collect(Collectors.toMap(Hook::name, Object::getClass));
    assertThat(generators).containsEntry("api-docs", ApiDocsGenerator.class)
        .containsEntry("env-example", EnvExampleGenerator.class);
    assertThat(hooks).containsEntry("environment-check", EnvironmentCheckHook.class)
        .containsEntry("writable-outputs", WritableOutputsHook.class)
        .containsEntry("admin-credentials", AdminCredentialsHook.class)
        .containsEntry("env-file", EnvFileHook.class)
        .containsEntry("gitignore", GitignoreHook.class)
        .containsEntry("banner", BannerHook.class);
    assertThat(extensions.generators()).extracting(Generator::name).isSorted();
    assertThat(extensions.hooks()).extracting(Hook::name).isSorted();
  }

  @Test
  void extensionsAreSortedByNameWhateverTheOrderFound() {
    Extensions extensions = new Extensions(List.of(making("c", "c"), making("a", "a"), making("b", "b")),
        List.of(TestHook.post("z"), TestHook.pre("m")));

    assertThat(extensions.generators()).extracting(Generator::name).containsExactly("a", "b", "c");
    assertThat(extensions.hooks()).extracting(Hook::name).containsExactly("m", "z");
  }

  @Test
  void noGeneratorsNamedSelectsAllLessTheExcludedOnes() throws Exception {
    Extensions extensions = threeGenerators();

    assertThat(names(extensions.selectGenerators(List.of(), List.of()))).containsExactly("api-docs", "docker", "env-example");
    assertThat(names(extensions.selectGenerators(List.of(), List.of("docker")))).containsExactly("api-docs", "env-example");
  }

  @Test
  void generatorsSelectsTheNamedOnesInNameOrder() throws Exception {
    Extensions extensions = threeGenerators();

    assertThat(names(extensions.selectGenerators(List.of("env-example", "api-docs"), List.of())))
        .containsExactly("api-docs", "env-example");
    assertThat(names(extensions.selectGenerators(List.of("env-example", "api-docs"), List.of("api-docs"))))
        .containsExactly("env-example");
  }

  @Test
  void anUnknownGeneratorListsTheKnownOnes() {
    Extensions extensions = threeGenerators();

    assertThatThrownBy(() -> extensions.selectGenerators(List.of("api-doc"), List.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Unknown generator 'api-doc' in <generators>; known generators: api-docs, docker, env-example");
    assertThatThrownBy(() -> extensions.selectGenerators(List.of(), List.of("dockerfile")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Unknown generator 'dockerfile' in <excludeGenerators>; known generators: api-docs, docker, env-example");
  }

  @Test
  void anExtensionJarIsFoundBesideTheBuiltInOnes() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {services(Generator.class, NamedTwin.class)},
        getClass().getClassLoader())) {
      assertThat(names(Extensions.load(loader).generators())).contains("api-docs", "env-example", "twin");
    }
  }

  @Test
  void twoGeneratorsWithOneNameFailNamingBothClasses() throws Exception {
    try (URLClassLoader loader = onlyThis(services(Generator.class, NamedTwin.class, AlsoNamedTwin.class))) {
      assertThatThrownBy(() -> Extensions.load(loader))
          .isInstanceOf(SettingsException.class)
          .hasMessage("two generators are named 'twin': " + NamedTwin.class.getName() + " and "
              + AlsoNamedTwin.class.getName() + "; remove one of the jars from the plugin's <dependencies>");
    }
  }

  @Test
  void aGeneratorNamedLikeABuiltInOneFailsNamingBothClasses() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {services(Generator.class, NamedApiDocs.class)},
        getClass().getClassLoader())) {
      assertThatThrownBy(() -> Extensions.load(loader))
          .hasMessage("two generators are named 'api-docs': " + ApiDocsGenerator.class.getName() + " and "
              + NamedApiDocs.class.getName() + "; remove one of the jars from the plugin's <dependencies>");
    }
  }

  @Test
  void twoHooksWithOneNameFailNamingBothClasses() throws Exception {
    try (URLClassLoader loader = onlyThis(services(Hook.class, TwinHook.class, OtherTwinHook.class))) {
      assertThatThrownBy(() -> Extensions.load(loader))
          .isInstanceOf(SettingsException.class)
          .hasMessage("two hooks are named 'twin': " + TwinHook.class.getName() + " and " + OtherTwinHook.class.getName()
              + "; remove one of the jars from the plugin's <dependencies>");
    }
  }

  @Test
  void aHookAndAGeneratorMayShareAName() throws Exception {
    Path folder = jar;
    services(Generator.class, NamedTwin.class);
    services(Hook.class, TwinHook.class);
    try (URLClassLoader loader = onlyThis(folder.toUri().toURL())) {
      Extensions extensions = Extensions.load(loader);

      assertThat(names(extensions.generators())).containsExactly("twin");
      assertThat(extensions.hooks()).extracting(Hook::name).containsExactly("twin");
    }
  }

  @Test
  void aMalformedGeneratorNameFailsNamingTheClass() throws Exception {
    try (URLClassLoader loader = onlyThis(services(Generator.class, NamedTwin.class, BadlyNamed.class))) {
      assertThatThrownBy(() -> Extensions.load(loader))
          .isInstanceOf(SettingsException.class)
          .hasMessage("the generator " + BadlyNamed.class.getName() + " is named 'Api_Docs';"
              + " names are lower-case words joined by '-'");
    }
  }

  @Test
  void aMalformedOrMissingHookNameFailsNamingTheClass() throws Exception {
    try (URLClassLoader loader = onlyThis(services(Hook.class, UnnamedHook.class))) {
      assertThatThrownBy(() -> Extensions.load(loader))
          .hasMessage("the hook " + UnnamedHook.class.getName() + " is named 'null'; names are lower-case words joined by '-'");
    }
  }

  @Test
  void namesAreLowerCaseWordsJoinedByDashes() throws Exception {
    for (String bad : List.of("", "-a", "a-", "a--b", "a b", "A", "a.b", "ä")) {
      assertThatThrownBy(() -> load(bad)).as("'%s'", bad).hasMessageContaining("is named '" + bad + "'");
    }
    for (String good : List.of("a", "api-docs", "k8s", "helm-3-chart")) {
      assertThat(names(load(good).generators())).as(good).containsExactly(good);
    }
  }

  // --- a jar in a folder: META-INF/services files and a loader that sees only it (or it and the built-in ones)

  private URL services(Class<?> service, Class<?>... providers) throws IOException {
    Path file = jar.resolve("META-INF/services/" + service.getName());
    Files.createDirectories(file.getParent());
    String lines = Files.exists(file) ? Files.readString(file) : "";
    for (Class<?> p : providers) {
      lines += p.getName() + "\n";
    }
    Files.writeString(file, lines);
    return jar.toUri().toURL();
  }

  /** Sees its own service files only, not the built-in ones of the parent, but loads classes through it. */
  private URLClassLoader onlyThis(URL folder) {
    return new URLClassLoader(new URL[] {folder}, getClass().getClassLoader()) {
      @Override public Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name);
      }
    };
  }

  /** The extensions of a jar with one generator, {@link ServiceProviders.NamedAtLoad}, named {@code name}. */
  private Extensions load(String name) throws Exception {
    NamedAtLoad.next = name;
    try (URLClassLoader loader = onlyThis(jar.toUri().toURL())) {
      Files.deleteIfExists(jar.resolve("META-INF/services/" + Generator.class.getName()));
      services(Generator.class, NamedAtLoad.class);
      return Extensions.load(loader);
    }
  }

  private static List<String> names(List<Generator> generators) {
    return generators.stream().map(Generator::name).toList();
  }

  private static Extensions threeGenerators() {
    return new Extensions(List.of(making("env-example", "e"), making("docker", "d"), making("api-docs", "a")), List.of());
  }
}

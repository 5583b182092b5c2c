package dev.armature.maven.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.engine.Extensions;
import dev.armature.maven.spi.Generator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in generators are registered for the ServiceLoader the plugin uses (AutoService). */
class BuiltInGeneratorsTest {
  @Test
  void theEngineFindsThemByName() throws Exception {
    Extensions extensions = Extensions.load(getClass().getClassLoader());
    assertThat(extensions.generators()).extracting(Generator::name).contains("api-docs", "env-example");
    assertThat(extensions.selectGenerators(List.of("api-docs"), List.of()))
        .singleElement().isInstanceOf(ApiDocsGenerator.class);
  }
}

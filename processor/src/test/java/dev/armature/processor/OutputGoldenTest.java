package dev.armature.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.processor.emit.EmitFixture;
import dev.armature.processor.json.ModelJsonWriter;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.openapi.ApiInfo;
import dev.armature.processor.openapi.LibraryModel;
import dev.armature.processor.openapi.OpenApiWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code model.json} and {@code openapi.yaml} of the test models against the golden files under
 * {@code golden/resources/}, byte for byte: the plugin and the teams that commit {@code docs/openapi.yaml}
 * see every change of shape or formatting in a diff. {@code ARMATURE_UPDATE_GOLDEN=true} rewrites them.
 */
class OutputGoldenTest {
  private static final Path GOLDEN = Path.of(
      System.getenv().getOrDefault("ARMATURE_GOLDEN_DIR", "src/test/resources/golden"), "resources");

  private static final Map<String, DomainModel> MODELS = Map.of(
      "library", LibraryModel.model(true),
      "library-unsecured", LibraryModel.model(false),
      "fixture-jackson3", EmitFixture.model(3, true),
      "awkward-strings", LibraryModel.awkwardStrings());

  @Test
  void modelJsonMatchesGoldenFiles() throws IOException {
    for (Map.Entry<String, DomainModel> model : MODELS.entrySet()) {
      check(model.getKey() + "-model.json", new ModelJsonWriter().write(model.getValue()));
    }
  }

  @Test
  void openApiYamlMatchesGoldenFiles() throws IOException {
    for (Map.Entry<String, DomainModel> model : MODELS.entrySet()) {
      check(model.getKey() + "-openapi.yaml", new OpenApiWriter().write(model.getValue()));
    }
  }

  /** The JSON twin, and the {@code info} of a project that names itself. */
  @Test
  void openApiJsonOfANamedProjectMatchesItsGoldenFile() throws IOException {
    OpenApiWriter named = new OpenApiWriter(new ApiInfo("Library", "2.3.1", Optional.of("Books and their authors.")));
    check("library-named-openapi.json", named.writeJson(LibraryModel.model(true)));
  }

  private static void check(String name, String actual) throws IOException {
    Path path = GOLDEN.resolve(name);
    if (Boolean.parseBoolean(System.getenv("ARMATURE_UPDATE_GOLDEN"))) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(path).as("golden file %s (rerun with ARMATURE_UPDATE_GOLDEN=true to create it)", path).exists();
    assertThat(actual).as("golden file %s (rerun with ARMATURE_UPDATE_GOLDEN=true and review the diff)", path)
        .isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }
}

package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emitted sources of the fixture (Jackson 3, with security) against the golden files under
 * {@code golden/emit/}. {@code ARMATURE_UPDATE_GOLDEN=true} rewrites them (and removes stale ones) for
 * review in the diff.
 */
class JavaEmittersGoldenTest {
  private static final Path GOLDEN = Path.of(
      System.getenv().getOrDefault("ARMATURE_GOLDEN_DIR", "src/test/resources/golden"), "emit");

  @Test
  void emittedSourcesMatchGoldenFiles() throws IOException {
    List<JavaFile> files = new JavaEmitters().emit(EmitFixture.model(3, true));
    boolean update = Boolean.parseBoolean(System.getenv("ARMATURE_UPDATE_GOLDEN"));
    Set<Path> expected = new TreeSet<>();
    for (JavaFile file : files) {
      Path path = GOLDEN.resolve(file.packageName().replace('.', '/')).resolve(file.typeSpec().name() + ".java");
      expected.add(path);
      String actual = file.toString();
      if (update) {
        Files.createDirectories(path.getParent());
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      } else {
        assertWithMessage("golden file %s (rerun with ARMATURE_UPDATE_GOLDEN=true to create or update it)", path)
            .that(Files.exists(path)).isTrue();
        assertWithMessage("golden file %s (rerun with ARMATURE_UPDATE_GOLDEN=true and review the diff)", path)
            .that(actual).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    Set<Path> present;
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      present = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toCollection(TreeSet::new));
    }
    present.removeAll(expected);
    if (update) {
      for (Path stale : present) {
        Files.delete(stale);
      }
    } else {
      assertWithMessage("golden files no longer emitted").that(present).isEmpty();
    }
  }

  @Test
  void sameModelGivesSameFilesInSameOrder() {
    List<String> first = new JavaEmitters().emit(EmitFixture.model(3, true)).stream().map(JavaFile::toString).toList();
    List<String> second = new JavaEmitters().emit(EmitFixture.model(3, true)).stream().map(JavaFile::toString).toList();
    assertThat(second).containsExactlyElementsIn(first).inOrder();
  }

  @Test
  void sharedClassesComeFirstThenEachResourceInModelOrder() {
    List<String> names = new JavaEmitters().emit(EmitFixture.model(3, true)).stream()
        .map(f -> f.typeSpec().name()).toList();
    assertThat(names).containsExactly(
        "ProblemFieldError", "ApiProblemException", "ProblemDetailsAdvice", "ProblemDetailsResolver", "DatabaseErrors",
        "PageResponse",
        "Versioned", "Created", "ListQuery", "JsonMergePatch", "EntityTags", "RequestReader",
        "ListFilter", "ResourceDescriptor", "ResourceOperations", "ResourceController", "ArmatureOpenApiController",
        "ArmatureSecurityConfiguration", "ArmatureAdminAccountConfiguration",
        "AuthorRepository", "AuthorController", "BookRepository", "BookController",
        "PublisherRepository", "PublisherController").inOrder();
  }

  @Test
  void everyFileIsMarkedGeneratedWithoutADate() {
    for (JavaFile file : new JavaEmitters().emit(EmitFixture.model(2, true))) {
      assertThat(file.toString()).contains("@Generated(\"dev.armature.processor.ArmatureProcessor\")");
      assertThat(file.packageName()).isEqualTo(EmitFixture.API);
    }
  }
}

package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.JavaFile;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every file the emitters write is in the registry the scanner checks against the project's types. */
class GeneratedNamesTest {

  @ParameterizedTest(name = "security {0}")
  @ValueSource(booleans = {true, false})
  void everyEmittedTypeIsRegistered(boolean security) {
    DomainModel model = EmitFixture.model(3, security);
    List<String> registered = new ArrayList<>(GeneratedNames.shared());
    for (EntityModel entity : model.entities()) {
      registered.addAll(GeneratedNames.perEntity(entity));
    }
    List<String> emitted = new JavaEmitters().emit(model).stream().map(JavaFile::typeSpec).map(t -> t.name()).toList();

    assertThat(registered).containsAtLeastElementsIn(emitted);
    assertThat(emitted).containsNoDuplicates();
  }

  @Test
  void namesRefusesAnUnregisteredSharedClass() {
    Names names = new Names(EmitFixture.model(3, true));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> names.shared("Helper"));
    assertThat(e).hasMessageThat().contains("Helper is not registered in GeneratedNames");
  }

  @Test
  void aResourceReusingTheProjectsRepositoryHasNoGeneratedOne() {
    DomainModel model = EmitFixture.model(3, true);
    List<String> perEntity = model.entities().stream().flatMap(e -> GeneratedNames.perEntity(e).stream()).toList();

    assertThat(perEntity).contains("BookController");
    assertThat(perEntity.stream().filter(n -> n.endsWith("Repository")).count())
        .isEqualTo(model.entities().stream().filter(e -> e.repository().isEmpty()).count());
  }
}

package dev.armature.maven.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.testing.SampleModels;
import dev.armature.processor.json.ModelJsonWriter;
import dev.armature.processor.model.DomainModel;
import org.junit.jupiter.api.Test;

class ModelJsonReaderTest {

  @Test
  void readsBackExactlyTheModelTheProcessorWrote() throws Exception {
    DomainModel model = SampleModels.library();

    DomainModel read = new ModelJsonReader().read(new ModelJsonWriter().write(model));

    assertThat(read).isEqualTo(model);
    assertThat(new ModelJsonWriter().write(read)).isEqualTo(new ModelJsonWriter().write(model));
  }

  @Test
  void anotherModelVersionIsAClearError() {
    String json = new ModelJsonWriter().write(SampleModels.library())
        .replace("\"armatureModelVersion\": 1", "\"armatureModelVersion\": 99");

    assertThatThrownBy(() -> new ModelJsonReader().read(json))
        .hasMessageContaining("armatureModelVersion 99")
        .hasMessageContaining("same Armature version");
  }

  @Test
  void aMissingKeyIsNamed() {
    String json = new ModelJsonWriter().write(SampleModels.library()).replace("\"maxPageSize\"", "\"maxSize\"");

    assertThatThrownBy(() -> new ModelJsonReader().read(json)).hasMessageContaining("\"maxPageSize\"");
  }
}

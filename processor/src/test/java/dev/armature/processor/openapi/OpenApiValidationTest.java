package dev.armature.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** The validator the other tests trust must be able to fail: each case breaks the real document once. */
class OpenApiValidationTest {
  private final YAMLMapper yaml = new YAMLMapper();

  private ObjectNode document() {
    return new ObjectMapper().valueToTree(new OpenApiWriter().document(LibraryModel.model()));
  }

  private String write(ObjectNode document) throws Exception {
    return yaml.writeValueAsString(document);
  }

  @Test
  void theUnbrokenDocumentPasses() throws Exception {
    assertThat(OpenApiValidation.messages(write(document()))).isEmpty();
  }

  @Test
  void failsWhenAReferencedSchemaIsMissing() throws Exception {
    ObjectNode document = document();
    ((ObjectNode) document.at("/components/schemas")).remove("BookResponse");
    assertThat(OpenApiValidation.messages(write(document))).anyMatch(m -> m.contains("BookResponse"));
  }

  @Test
  void failsWhenAReferencedResponseIsMissing() throws Exception {
    ObjectNode document = document();
    ((ObjectNode) document.at("/components/responses")).remove("NotFound");
    assertThat(OpenApiValidation.messages(write(document))).anyMatch(m -> m.contains("NotFound"));
  }

  @Test
  void failsOnAnUnknownOpenApiVersion() throws Exception {
    ObjectNode document = document().put("openapi", "4.7.0");
    assertThat(OpenApiValidation.messages(write(document))).isNotEmpty();
  }

  @Test
  void failsWhenInfoLacksItsTitle() throws Exception {
    ObjectNode document = document();
    ((ObjectNode) document.get("info")).remove("title");
    assertThat(OpenApiValidation.messages(write(document))).anyMatch(m -> m.contains("title"));
  }

  @Test
  void failsWhenAResponseLacksItsDescription() throws Exception {
    ObjectNode document = document();
    ((ObjectNode) document.at("/paths/~1api~1books~1{id}/delete/responses/204")).remove("description");
    assertThat(OpenApiValidation.messages(write(document))).anyMatch(m -> m.contains("description is missing"));
  }

  @Test
  void failsOnARepeatedOperationId() throws Exception {
    ObjectNode document = document();
    ((ObjectNode) document.at("/paths/~1api~1books~1{id}/delete")).put("operationId", "getBook");
    assertThat(OpenApiValidation.messages(write(document))).anyMatch(m -> m.contains("operationId is repeated"));
  }

  @Test
  void failsWhenTheIdParameterIsNotDeclaredInThePath() throws Exception {
    ObjectNode document = document();
    ((ObjectNode) document.at("/paths/~1api~1books~1{id}/parameters/0")).remove("in");
    assertThat(OpenApiValidation.messages(write(document))).anyMatch(m -> m.contains("Declared path parameter id"));
  }
}

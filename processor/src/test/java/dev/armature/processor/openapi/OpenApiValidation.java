package dev.armature.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** swagger-parser as the validator of the documents {@link OpenApiWriter} makes. */
final class OpenApiValidation {
  private OpenApiValidation() {}

  /** Every message swagger-parser has about the document (empty when it is valid). */
  static List<String> messages(String yaml) {
    SwaggerParseResult result = parse(yaml);
    List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
    if (result.getOpenAPI() == null) {
      messages.add("no document");
    }
    return messages;
  }

  /** The parsed document, after asserting swagger-parser found nothing wrong with it. */
  static OpenAPI parseValid(String yaml) {
    SwaggerParseResult result = parse(yaml);
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  private static SwaggerParseResult parse(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    return new OpenAPIV3Parser().readContents(yaml, null, options);
  }

  /** {@code "GET /api/books" -> ["200", "400"]} for every operation, sorted. */
  static Map<String, List<String>> statusCodes(OpenAPI api) {
    Map<String, List<String>> result = new TreeMap<>();
    api.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> e : item.readOperationsMap().entrySet()) {
        result.put(e.getKey() + " " + path, List.copyOf(e.getValue().getResponses().keySet()));
      }
    });
    return result;
  }
}

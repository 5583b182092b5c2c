package dev.armature.examples.library;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the OpenAPI 3.1 description Armature wrote at build time (the processor puts it on the class
 * path as {@code META-INF/armature/openapi.yaml}), so tools such as Swagger UI or an HTTP client
 * generator can read it from the running application: {@code GET /openapi.yaml}.
 */
@RestController
class OpenApiController {

  static final String LOCATION = "META-INF/armature/openapi.yaml";

  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  @GetMapping(value = "/openapi.yaml", produces = "application/yaml")
  ResponseEntity<Resource> openApi() {
    Resource description = new ClassPathResource(LOCATION);
    if (!description.exists()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(YAML).body(description);
  }
}

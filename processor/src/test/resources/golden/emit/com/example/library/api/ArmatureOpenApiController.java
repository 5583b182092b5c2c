package com.example.library.api;

import java.io.IOException;
import java.io.InputStream;
import javax.annotation.processing.Generated;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the OpenAPI description of this API, as the build wrote it: {@code GET /api/openapi.yaml} and {@code GET /api/openapi.json}.
 */
@RestController("com.example.library.api.ArmatureOpenApiController")
@Generated("dev.armature.processor.ArmatureProcessor")
public class ArmatureOpenApiController {
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @GetMapping("/api/openapi.yaml")
    public ResponseEntity<Object> yaml() throws IOException {
        return document("META-INF/armature/openapi.yaml", YAML);
    }

    @GetMapping("/api/openapi.json")
    public ResponseEntity<Object> json() throws IOException {
        return document("META-INF/armature/openapi.json", MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<Object> document(String resource, MediaType type) throws
            IOException {
        try (InputStream in = ArmatureOpenApiController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw ApiProblemException.notFound("The application was built without " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return ResponseEntity.ok().contentType(type).body(bytes);
        }
    }
}

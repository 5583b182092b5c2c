package com.example.library.api;

import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/authors}: the REST API of {@code Author}.
 */
@RestController
@RequestMapping("/api/authors")
@Generated("dev.armature.processor.ArmatureProcessor")
public class AuthorController {
    private static final List<String> SORTABLE = List.of("id", "version", "name");

    private static final List<String> FILTERS = List.of();

    private final AuthorService service;

    public AuthorController(AuthorService service) {
        this.service = service;
    }

    /**
     * A page of items; {@code page}, {@code size} and {@code sort} are read from all parameters because
     * Spring MVC would split {@code sort=title,desc} if it bound them.
     */
    @GetMapping
    public PageResponse<AuthorResponse> list(
            @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = ListQuery.parse(parameters, 20, 100, SORTABLE, FILTERS);
        return service.list(query, new AuthorFilter());
    }

    @GetMapping("/{id}")
    public ResponseEntity<AuthorResponse> get(@PathVariable("id") Long id) {
        return withEtag(ResponseEntity.ok(), service.get(id));
    }

    /**
     * 201 with {@code Location} and the read surface.
     */
    @PostMapping
    public ResponseEntity<AuthorResponse> create(@RequestBody JsonNode body) {
        Created<AuthorResponse> created = service.create(body);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id()).toUri();
        ResponseEntity.BodyBuilder response = ResponseEntity.created(location);
        if (created.etag() != null) {
            response.eTag(created.etag());
        }
        return response.body(created.body());
    }

    /**
     * Replaces the whole update surface; {@code If-Match} is optional.
     */
    @PutMapping("/{id}")
    public ResponseEntity<AuthorResponse> update(@PathVariable("id") Long id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withEtag(ResponseEntity.ok(), service.update(id, body, ifMatch));
    }

    /**
     * JSON Merge Patch (RFC 7396) of the update surface; {@code If-Match} is optional.
     */
    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE}
    )
    public ResponseEntity<AuthorResponse> patch(@PathVariable("id") Long id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withEtag(ResponseEntity.ok(), service.patch(id, body, ifMatch));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") Long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static <T> ResponseEntity<T> withEtag(ResponseEntity.BodyBuilder response,
            Versioned<T> versioned) {
        if (versioned.etag() != null) {
            response.eTag(versioned.etag());
        }
        return response.body(versioned.body());
    }
}

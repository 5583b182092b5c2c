package com.example.library.api;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/publishers}: the REST API of {@code Publisher}.
 */
@RestController
@RequestMapping("/api/publishers")
@Generated("dev.armature.processor.ArmatureProcessor")
public class PublisherController {
    private static final List<String> SORTABLE = List.of("id", "name", "founded");

    private static final List<String> FILTERS = List.of("name", "founded");

    private final PublisherService service;

    public PublisherController(PublisherService service) {
        this.service = service;
    }

    /**
     * A page of items; {@code page}, {@code size} and {@code sort} are read from all parameters because
     * Spring MVC would split {@code sort=title,desc} if it bound them.
     */
    @GetMapping
    public PageResponse<PublisherResponse> list(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "founded", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime founded) {
        ListQuery query = ListQuery.parse(parameters, 20, 100, SORTABLE, FILTERS);
        return service.list(query, new PublisherFilter(name, founded));
    }

    @GetMapping("/{id}")
    public ResponseEntity<PublisherResponse> get(@PathVariable("id") UUID id) {
        return withEtag(ResponseEntity.ok(), service.get(id));
    }

    /**
     * 201 with {@code Location} and the read surface.
     */
    @PostMapping
    public ResponseEntity<PublisherResponse> create(@RequestBody JsonNode body) {
        Created<PublisherResponse> created = service.create(body);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id()).toUri();
        ResponseEntity.BodyBuilder response = ResponseEntity.created(location);
        if (created.etag() != null) {
            response.eTag(created.etag());
        }
        return response.body(created.body());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") UUID id) {
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

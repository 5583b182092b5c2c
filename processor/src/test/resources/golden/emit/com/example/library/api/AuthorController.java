package com.example.library.api;

import com.example.library.Author;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/authors}: the REST API of {@code Author}, its JSON bodies and how they map to the entity.
 */
@RestController("com.example.library.api.AuthorController")
@RequestMapping("/api/authors")
@Generated("dev.armature.processor.ArmatureProcessor")
public class AuthorController extends ResourceController<Author, Long, AuthorController.Request, AuthorController.Request> {
    private static final List<String> SORTABLE = List.of("id", "version", "name");

    private static final List<ListFilter> FILTERS = List.of();

    private static final List<String> REQUEST_FIELDS = List.of("name");

    private static final List<String> READ_ONLY_FIELDS = List.of("id", "version");

    public AuthorController(ResourceOperations operations, AuthorRepository repository) {
        super(operations, repository, new ResourceDescriptor<>(Author.class, "id", false, 20, 100, SORTABLE, FILTERS, REQUEST_FIELDS, REQUEST_FIELDS, READ_ONLY_FIELDS, Map.ofEntries(Map.entry("id", "id"), Map.entry("version", "version"), Map.entry("name", "name"))));
    }

    /**
     * A page of items; {@code page}, {@code size} and {@code sort} are read from all parameters because
     * Spring MVC would split {@code sort=title,desc} if it bound them.
     */
    @GetMapping
    public PageResponse<Response> list(@RequestParam MultiValueMap<String, String> parameters) {
        return listResponse(parameters);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Response> get(@PathVariable("id") Long id,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        return getResponse(id, ifNoneMatch);
    }

    @PostMapping
    public ResponseEntity<Response> create(@RequestBody JsonNode body) {
        return createResponse(body);
    }

    @PutMapping("/{id}")
    public ResponseEntity<Response> update(@PathVariable("id") Long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return updateResponse(id, body, ifMatch);
    }

    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE}
    )
    public ResponseEntity<Response> patch(@PathVariable("id") Long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return patchResponse(id, body, ifMatch);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return deleteResponse(id, ifMatch);
    }

    @Override
    protected Long id(Author entity) {
        return entity.getId();
    }

    @Override
    protected Object version(Author entity) {
        return entity.getVersion();
    }

    @Override
    protected Response toResponse(Author entity) {
        return new Response(
                entity.getId(),
                entity.getVersion(),
                entity.getName());
    }

    @Override
    protected Request readCreate(JsonNode body, RequestReader in) {
        return readUpdate(body, in);
    }

    @Override
    protected void applyCreate(Request request, Author entity, RequestReader in) {
        if (request.name() != null) {
            entity.setName(request.name());
        }
    }

    @Override
    protected Request readUpdate(JsonNode body, RequestReader in) {
        return new Request(
                in.read(body, "name", String.class));
    }

    @Override
    protected void applyUpdate(Request request, Author entity, RequestReader in) {
        entity.setName(request.name());
    }

    @Override
    protected void currentUpdate(Author entity, ObjectNode node, RequestReader out) {
        out.put(node, "name", entity.getName());
    }

    /**
     * A response body of {@code Author}: the {@code read} surface.
     */
    public record Response(Long id, Long version, String name) {
    }

    /**
     * A create ({@code POST}) or update ({@code PUT} and {@code PATCH}) request body of {@code Author}:
     * the {@code create} and {@code update} surfaces, which are the same.
     */
    public record Request(@NotBlank @Size(max = 80) String name) {
    }
}

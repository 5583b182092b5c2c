package com.example.library.api;

import com.example.library.Publisher;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import javax.annotation.processing.Generated;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/publishers}: the REST API of {@code Publisher}, its JSON bodies and how they map to the entity.
 */
@RestController("com.example.library.api.PublisherController")
@RequestMapping("/api/publishers")
@Generated("dev.armature.processor.ArmatureProcessor")
public class PublisherController extends ResourceController<Publisher, UUID, PublisherController.CreateRequest, Object> {
    private static final List<String> SORTABLE = List.of("id", "name", "founded");

    private static final List<ListFilter> FILTERS = List.of(
            ListFilter.substring("name"),
            ListFilter.equal("founded"));

    private static final List<String> CREATE_FIELDS = List.of("id", "name", "founded");

    private static final List<String> READ_ONLY_FIELDS = List.of();

    public PublisherController(ResourceOperations operations, PublisherRepository repository) {
        super(operations, repository, new ResourceDescriptor<>(Publisher.class, "id", true, 20, 100, SORTABLE, FILTERS, CREATE_FIELDS, List.of(), READ_ONLY_FIELDS, Map.ofEntries(Map.entry("id", "id"), Map.entry("name", "name"), Map.entry("founded", "founded"))));
    }

    /**
     * A page of items; {@code page}, {@code size} and {@code sort} are read from all parameters because
     * Spring MVC would split {@code sort=title,desc} if it bound them.
     */
    @GetMapping
    public PageResponse<Response> list(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "founded", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime founded) {
        return listResponse(parameters, name, founded);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Response> get(@PathVariable("id") UUID id,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        return getResponse(id, ifNoneMatch);
    }

    @PostMapping
    public ResponseEntity<Response> create(@RequestBody JsonNode body) {
        return createResponse(body);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return deleteResponse(id, ifMatch);
    }

    @Override
    protected UUID id(Publisher entity) {
        return entity.id;
    }

    @Override
    protected Response toResponse(Publisher entity) {
        return new Response(
                entity.id,
                entity.name,
                entity.founded);
    }

    @Override
    protected CreateRequest readCreate(JsonNode body, RequestReader in) {
        return new CreateRequest(
                in.read(body, "id", UUID.class),
                in.read(body, "name", String.class),
                in.read(body, "founded", LocalDateTime.class));
    }

    @Override
    protected void applyCreate(CreateRequest request, Publisher entity, RequestReader in) {
        entity.id = request.id() != null ? request.id() : UUID.randomUUID();
        if (request.name() != null) {
            entity.name = request.name();
        }
        if (request.founded() != null) {
            entity.founded = request.founded();
        }
    }

    @Override
    protected List<String> missingAfterCreate(Publisher entity) {
        List<String> missing = new ArrayList<>();
        if (entity.name == null) {
            missing.add("name");
        }
        return missing;
    }

    @Override
    protected List<String> takenUnique(Publisher entity, BiPredicate<String, Object> taken) {
        List<String> fields = new ArrayList<>();
        if (entity.name != null && taken.test("name", entity.name)) {
            fields.add("name");
        }
        return fields;
    }

    /**
     * A response body of {@code Publisher}: the {@code read} surface.
     */
    public record Response(UUID id, String name, LocalDateTime founded) {
    }

    /**
     * A create ({@code POST}) request body of {@code Publisher}: the {@code create} surface.
     */
    public record CreateRequest(UUID id, String name, LocalDateTime founded) {
    }
}

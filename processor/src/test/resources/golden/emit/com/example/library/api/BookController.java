package com.example.library.api;

import com.example.library.Author;
import com.example.library.Book;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.springframework.format.annotation.DateTimeFormat;
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
 * {@code /api/books}: the REST API of {@code Book}, its JSON bodies and how they map to the entity.
 */
@RestController("com.example.library.api.BookController")
@RequestMapping("/api/books")
@Generated("dev.armature.processor.ArmatureProcessor")
public class BookController extends ResourceController<Book, Long, BookController.CreateRequest, BookController.UpdateRequest> {
    private static final List<String> SORTABLE = List.of("id", "version", "title", "isbn", "price", "genre", "published", "pages", "createdAt");

    private static final List<ListFilter> FILTERS = List.of(
            ListFilter.substring("title"),
            ListFilter.substring("isbn"),
            ListFilter.equal("genre"),
            ListFilter.equal("published"),
            ListFilter.relation("authorId", "author", "id"));

    private static final List<String> CREATE_FIELDS = List.of("title", "isbn", "price", "genre", "authorId", "pages", "secretNote");

    private static final List<String> UPDATE_FIELDS = List.of("title", "isbn", "price", "genre", "authorId", "published", "pages", "secretNote");

    private static final List<String> READ_ONLY_FIELDS = List.of("id", "version", "createdAt");

    public BookController(ResourceOperations operations, BookRepository repository) {
        super(operations, repository, new ResourceDescriptor<>(Book.class, "id", false, 20, 100, SORTABLE, FILTERS, CREATE_FIELDS, UPDATE_FIELDS, READ_ONLY_FIELDS, Map.ofEntries(Map.entry("id", "id"), Map.entry("version", "version"), Map.entry("title", "title"), Map.entry("isbn", "isbn"), Map.entry("price", "price"), Map.entry("genre", "genre"), Map.entry("published", "published"), Map.entry("pages", "pages"), Map.entry("created_at", "createdAt"), Map.entry("secret_note", "secretNote"), Map.entry("author_id", "authorId"))));
    }

    /**
     * A page of items; {@code page}, {@code size} and {@code sort} are read from all parameters because
     * Spring MVC would split {@code sort=title,desc} if it bound them.
     */
    @GetMapping
    public PageResponse<ListItem> list(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "isbn", required = false) String isbn,
            @RequestParam(name = "genre", required = false) Book.Genre genre,
            @RequestParam(name = "published", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published,
            @RequestParam(name = "authorId", required = false) Long authorId) {
        return listResponse(parameters, title, isbn, genre, published, authorId);
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
    protected Long id(Book entity) {
        return entity.getId();
    }

    @Override
    protected Object version(Book entity) {
        return entity.getVersion();
    }

    @Override
    protected Response toResponse(Book entity) {
        return new Response(
                entity.getId(),
                entity.getVersion(),
                entity.getTitle(),
                entity.getIsbn(),
                entity.getPrice(),
                entity.getGenre(),
                entity.getPublished(),
                entity.getPages(),
                entity.getCreatedAt(),
                idOfAuthor(entity.getAuthor()));
    }

    @Override
    protected ListItem toListItem(Book entity) {
        return new ListItem(
                entity.getId(),
                entity.getTitle(),
                idOfAuthor(entity.getAuthor()));
    }

    @Override
    protected CreateRequest readCreate(JsonNode body, RequestReader in) {
        return new CreateRequest(
                in.read(body, "title", String.class),
                in.read(body, "isbn", String.class),
                in.read(body, "price", BigDecimal.class),
                in.read(body, "genre", Book.Genre.class),
                in.read(body, "authorId", Long.class),
                in.read(body, "pages", Integer.class),
                in.read(body, "secretNote", String.class));
    }

    @Override
    protected void applyCreate(CreateRequest request, Book entity, RequestReader in) {
        Author relatedAuthor = in.find(Author.class, request.authorId(), "authorId");
        in.throwIfInvalid();
        if (request.title() != null) {
            entity.setTitle(request.title());
        }
        if (request.isbn() != null) {
            entity.setIsbn(request.isbn());
        }
        if (request.price() != null) {
            entity.setPrice(request.price());
        }
        if (request.genre() != null) {
            entity.setGenre(request.genre());
        }
        if (relatedAuthor != null) {
            entity.setAuthor(relatedAuthor);
        }
        if (request.pages() != null) {
            entity.setPages(request.pages());
        }
        if (request.secretNote() != null) {
            entity.setSecretNote(request.secretNote());
        }
    }

    @Override
    protected List<String> missingAfterCreate(Book entity) {
        List<String> missing = new ArrayList<>();
        if (entity.getAuthor() == null) {
            missing.add("authorId");
        }
        return missing;
    }

    @Override
    protected UpdateRequest readUpdate(JsonNode body, RequestReader in) {
        return new UpdateRequest(
                in.read(body, "title", String.class),
                in.read(body, "isbn", String.class),
                in.read(body, "price", BigDecimal.class),
                in.read(body, "genre", Book.Genre.class),
                in.read(body, "authorId", Long.class),
                in.read(body, "published", LocalDate.class),
                in.read(body, "pages", Integer.class),
                in.read(body, "secretNote", String.class));
    }

    @Override
    protected void applyUpdate(UpdateRequest request, Book entity, RequestReader in) {
        Author relatedAuthor = Objects.equals(request.authorId(), idOfAuthor(entity.getAuthor())) ? entity.getAuthor() : in.find(Author.class, request.authorId(), "authorId");
        in.throwIfInvalid();
        entity.setTitle(request.title());
        entity.setIsbn(request.isbn());
        entity.setPrice(request.price());
        entity.setGenre(request.genre());
        entity.setAuthor(relatedAuthor);
        entity.setPublished(request.published());
        if (request.pages() != null) {
            entity.setPages(request.pages());
        }
        entity.setSecretNote(request.secretNote());
    }

    @Override
    protected void currentUpdate(Book entity, ObjectNode node, RequestReader out) {
        out.put(node, "title", entity.getTitle());
        out.put(node, "isbn", entity.getIsbn());
        out.put(node, "price", entity.getPrice());
        out.put(node, "genre", entity.getGenre());
        out.put(node, "authorId", idOfAuthor(entity.getAuthor()));
        out.put(node, "published", entity.getPublished());
        out.put(node, "pages", entity.getPages());
        out.put(node, "secretNote", entity.getSecretNote());
    }

    private Long idOfAuthor(Author related) {
        return related == null ? null : related.getId();
    }

    /**
     * A response body of {@code Book}: the {@code read} surface.
     */
    public record Response(Long id, Long version, String title, String isbn, BigDecimal price,
            Book.Genre genre, LocalDate published, Integer pages, Instant createdAt,
            Long authorId) {
    }

    /**
     * An item of a list of {@code Book}: the {@code list} surface.
     */
    public record ListItem(Long id, String title, Long authorId) {
    }

    /**
     * A create ({@code POST}) request body of {@code Book}: the {@code create} surface.
     */
    public record CreateRequest(@NotBlank @Size(max = 200) String title,
            @Pattern(flags = {Pattern.Flag.CASE_INSENSITIVE}, message = "must be an \"ISBN\"", regexp = "[0-9X-]{10,17}") String isbn,
            @DecimalMin(inclusive = true, value = "0.00") BigDecimal price, Book.Genre genre,
            Long authorId, @Min(1) @Max(5000000000L) Integer pages, String secretNote) {
    }

    /**
     * An update ({@code PUT} and {@code PATCH}) request body of {@code Book}: the {@code update} surface.
     */
    public record UpdateRequest(@NotBlank @Size(max = 200) String title,
            @Pattern(flags = {Pattern.Flag.CASE_INSENSITIVE}, message = "must be an \"ISBN\"", regexp = "[0-9X-]{10,17}") String isbn,
            @DecimalMin(inclusive = true, value = "0.00") BigDecimal price, Book.Genre genre,
            @NotNull Long authorId, LocalDate published,
            @NotNull @Min(1) @Max(5000000000L) Integer pages, String secretNote) {
    }
}

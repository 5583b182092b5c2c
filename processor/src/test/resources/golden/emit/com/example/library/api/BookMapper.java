package com.example.library.api;

import com.example.library.Author;
import com.example.library.Book;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.processing.Generated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps {@code Book} to and from the JSON of its API.
 */
@Component
@Generated("dev.armature.processor.ArmatureProcessor")
public class BookMapper {
    private static final List<String> CREATE_FIELDS = List.of("title", "isbn", "price", "genre", "authorId", "pages", "secretNote");

    private static final List<String> UPDATE_FIELDS = List.of("title", "isbn", "price", "genre", "authorId", "published", "pages", "secretNote");

    private static final List<String> READ_ONLY_FIELDS = List.of("id", "version", "createdAt");

    private final ObjectMapper objectMapper;

    private final ObjectProvider<Validator> validator;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The validator is optional: without Hibernate Validator the database still enforces its constraints.
     */
    public BookMapper(ObjectMapper objectMapper, ObjectProvider<Validator> validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    public BookResponse toResponse(Book entity) {
        return new BookResponse(
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

    public BookListItem toListItem(Book entity) {
        return new BookListItem(
                entity.getId(),
                entity.getTitle(),
                idOfAuthor(entity.getAuthor()));
    }

    /**
     * Reads and validates a create body; every problem becomes one 400 listing the fields.
     */
    public BookCreateRequest readCreate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblemException.badRequest("The request body must be a JSON object");
        }
        List<ProblemFieldError> errors = new ArrayList<>();
        rejectUnknown(body, CREATE_FIELDS, errors);
        BookCreateRequest request = new BookCreateRequest(
                read(body, "title", String.class, BookMapper::isString, "must be a string", errors),
                read(body, "isbn", String.class, BookMapper::isString, "must be a string", errors),
                read(body, "price", BigDecimal.class, JsonNode::isNumber, "must be a number", errors),
                read(body, "genre", Book.Genre.class, BookMapper::isString, "must be one of [FICTION, POETRY]", errors),
                read(body, "authorId", Long.class, JsonNode::isIntegralNumber, "must be an integer", errors),
                read(body, "pages", Integer.class, JsonNode::isIntegralNumber, "must be an integer", errors),
                read(body, "secretNote", String.class, BookMapper::isString, "must be a string", errors));
        validate(request, errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
        return request;
    }

    public void applyCreate(BookCreateRequest request, Book entity) {
        List<ProblemFieldError> errors = new ArrayList<>();
        Author relatedAuthor = find(Author.class, request.authorId(), "authorId", errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
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

    /**
     * Reads and validates an update body; every problem becomes one 400 listing the fields.
     */
    public BookUpdateRequest readUpdate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblemException.badRequest("The request body must be a JSON object");
        }
        List<ProblemFieldError> errors = new ArrayList<>();
        rejectUnknown(body, UPDATE_FIELDS, errors);
        BookUpdateRequest request = new BookUpdateRequest(
                read(body, "title", String.class, BookMapper::isString, "must be a string", errors),
                read(body, "isbn", String.class, BookMapper::isString, "must be a string", errors),
                read(body, "price", BigDecimal.class, JsonNode::isNumber, "must be a number", errors),
                read(body, "genre", Book.Genre.class, BookMapper::isString, "must be one of [FICTION, POETRY]", errors),
                read(body, "authorId", Long.class, JsonNode::isIntegralNumber, "must be an integer", errors),
                read(body, "published", LocalDate.class, BookMapper::isString, "must be a date (yyyy-MM-dd)", errors),
                read(body, "pages", Integer.class, JsonNode::isIntegralNumber, "must be an integer", errors),
                read(body, "secretNote", String.class, BookMapper::isString, "must be a string", errors));
        validate(request, errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
        return request;
    }

    public void applyUpdate(BookUpdateRequest request, Book entity) {
        List<ProblemFieldError> errors = new ArrayList<>();
        Author relatedAuthor = find(Author.class, request.authorId(), "authorId", errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
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

    /**
     * The update request a merge patch makes of the entity's current state.
     */
    public BookUpdateRequest readPatch(Book entity, JsonNode patch) {
        return readUpdate(JsonMergePatch.apply(currentUpdate(entity), patch));
    }

    private ObjectNode currentUpdate(Book entity) {
        ObjectNode node = objectMapper.createObjectNode();
        put(node, "title", entity.getTitle());
        put(node, "isbn", entity.getIsbn());
        put(node, "price", entity.getPrice());
        put(node, "genre", entity.getGenre());
        put(node, "authorId", idOfAuthor(entity.getAuthor()));
        put(node, "published", entity.getPublished());
        put(node, "pages", entity.getPages());
        put(node, "secretNote", entity.getSecretNote());
        return node;
    }

    private void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, objectMapper.valueToTree(value));
        }
    }

    private <T> T read(JsonNode body, String field, Class<T> type, Predicate<JsonNode> shape,
            String expectation, List<ProblemFieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (shape.test(node)) {
            try {
                // Jackson 2 declares a checked exception here, Jackson 3 an unchecked one
                return objectMapper.treeToValue(node, type);
            } catch (Exception e) {
                // out of range, unknown enum constant, malformed date: reported below
            }
        }
        errors.add(new ProblemFieldError(field, expectation));
        return null;
    }

    private static boolean isString(JsonNode node) {
        return node.getNodeType() == JsonNodeType.STRING;
    }

    private static void rejectUnknown(JsonNode body, List<String> accepted,
            List<ProblemFieldError> errors) {
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            String field = entry.getKey();
            if (!accepted.contains(field)) {
                errors.add(new ProblemFieldError(field, READ_ONLY_FIELDS.contains(field) ? "is read-only" : "is not accepted here; accepted fields: " + String.join(", ", accepted)));
            }
        }
    }

    private void validate(Object request, List<ProblemFieldError> errors) {
        Validator available = validator.getIfAvailable();
        if (available == null) {
            return;
        }
        Set<String> failed = errors.stream().map(ProblemFieldError::field).collect(Collectors.toSet());
        for (ConstraintViolation<Object> violation : available.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (!failed.contains(field)) {
                errors.add(new ProblemFieldError(field, violation.getMessage()));
            }
        }
    }

    private <T> T find(Class<T> type, Object id, String field, List<ProblemFieldError> errors) {
        if (id == null) {
            return null;
        }
        T found = entityManager.find(type, id);
        if (found == null) {
            errors.add(new ProblemFieldError(field, "refers to no " + type.getSimpleName() + " with id " + id));
        }
        return found;
    }

    private static Long idOfAuthor(Author related) {
        return related == null ? null : related.getId();
    }
}

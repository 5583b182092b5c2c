package com.example.library.api;

import com.example.library.Author;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
 * Maps {@code Author} to and from the JSON of its API.
 */
@Component
@Generated("dev.armature.processor.ArmatureProcessor")
public class AuthorMapper {
    private static final List<String> CREATE_FIELDS = List.of("name");

    private static final List<String> UPDATE_FIELDS = List.of("name");

    private static final List<String> READ_ONLY_FIELDS = List.of("id", "version");

    private final ObjectMapper objectMapper;

    private final ObjectProvider<Validator> validator;

    /**
     * The validator is optional: without Hibernate Validator the database still enforces its constraints.
     */
    public AuthorMapper(ObjectMapper objectMapper, ObjectProvider<Validator> validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    public AuthorResponse toResponse(Author entity) {
        return new AuthorResponse(
                entity.getId(),
                entity.getVersion(),
                entity.getName());
    }

    /**
     * Reads and validates a create body; every problem becomes one 400 listing the fields.
     */
    public AuthorCreateRequest readCreate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblemException.badRequest("The request body must be a JSON object");
        }
        List<ProblemFieldError> errors = new ArrayList<>();
        rejectUnknown(body, CREATE_FIELDS, errors);
        AuthorCreateRequest request = new AuthorCreateRequest(
                read(body, "name", String.class, AuthorMapper::isString, "must be a string", errors));
        validate(request, errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
        return request;
    }

    public void applyCreate(AuthorCreateRequest request, Author entity) {
        if (request.name() != null) {
            entity.setName(request.name());
        }
    }

    /**
     * Reads and validates an update body; every problem becomes one 400 listing the fields.
     */
    public AuthorUpdateRequest readUpdate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblemException.badRequest("The request body must be a JSON object");
        }
        List<ProblemFieldError> errors = new ArrayList<>();
        rejectUnknown(body, UPDATE_FIELDS, errors);
        AuthorUpdateRequest request = new AuthorUpdateRequest(
                read(body, "name", String.class, AuthorMapper::isString, "must be a string", errors));
        validate(request, errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
        return request;
    }

    public void applyUpdate(AuthorUpdateRequest request, Author entity) {
        entity.setName(request.name());
    }

    /**
     * The update request a merge patch makes of the entity's current state.
     */
    public AuthorUpdateRequest readPatch(Author entity, JsonNode patch) {
        return readUpdate(JsonMergePatch.apply(currentUpdate(entity), patch));
    }

    private ObjectNode currentUpdate(Author entity) {
        ObjectNode node = objectMapper.createObjectNode();
        put(node, "name", entity.getName());
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
}

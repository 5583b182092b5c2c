package com.example.library.api;

import com.example.library.Publisher;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.processing.Generated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeType;

/**
 * Maps {@code Publisher} to and from the JSON of its API.
 */
@Component
@Generated("dev.armature.processor.ArmatureProcessor")
public class PublisherMapper {
    private static final List<String> CREATE_FIELDS = List.of("id", "name", "founded");

    private static final List<String> READ_ONLY_FIELDS = List.of();

    private final ObjectMapper objectMapper;

    private final ObjectProvider<Validator> validator;

    /**
     * The validator is optional: without Hibernate Validator the database still enforces its constraints.
     */
    public PublisherMapper(ObjectMapper objectMapper, ObjectProvider<Validator> validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    public PublisherResponse toResponse(Publisher entity) {
        return new PublisherResponse(
                entity.id,
                entity.name,
                entity.founded);
    }

    /**
     * Reads and validates a create body; every problem becomes one 400 listing the fields.
     */
    public PublisherCreateRequest readCreate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblemException.badRequest("The request body must be a JSON object");
        }
        List<ProblemFieldError> errors = new ArrayList<>();
        rejectUnknown(body, CREATE_FIELDS, errors);
        PublisherCreateRequest request = new PublisherCreateRequest(
                read(body, "id", UUID.class, PublisherMapper::isString, "must be a UUID", errors),
                read(body, "name", String.class, PublisherMapper::isString, "must be a string", errors),
                read(body, "founded", LocalDateTime.class, PublisherMapper::isString, "must be a date-time (yyyy-MM-ddTHH:mm:ss)", errors));
        validate(request, errors);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
        return request;
    }

    public void applyCreate(PublisherCreateRequest request, Publisher entity) {
        entity.id = request.id() != null ? request.id() : UUID.randomUUID();
        if (request.name() != null) {
            entity.name = request.name();
        }
        if (request.founded() != null) {
            entity.founded = request.founded();
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

package com.example.library.api;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one request body field by field, collecting every problem so that one 400 names them all.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public final class RequestReader {
    private final ObjectMapper objectMapper;

    private final EntityManager entityManager;

    private final List<ProblemFieldError> errors = new ArrayList<>();

    RequestReader(ObjectMapper objectMapper, EntityManager entityManager) {
        this.objectMapper = objectMapper;
        this.entityManager = entityManager;
    }

    /**
     * The value of {@code field}, null when absent or null; one of the wrong JSON type for {@code type}, or
     * that Jackson cannot convert (out of range, unknown enum constant, malformed date), or a date outside the years
     * 0001 to 9999, is an error on the field.
     */
    public <T> T read(JsonNode body, String field, Class<T> type) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (hasShapeOf(node, type)) {
            try {
                // Jackson 2 declares a checked exception here, Jackson 3 an unchecked one
                T value = objectMapper.treeToValue(node, type);
                String outOfRange = outOfRange(value);
                if (outOfRange == null) {
                    return value;
                }
                errors.add(new ProblemFieldError(field, outOfRange));
                return null;
            } catch (Exception e) {
                // out of range, unknown enum constant, malformed date: reported below
            }
        }
        errors.add(new ProblemFieldError(field, expectation(type)));
        return null;
    }

    /**
     * The related entity with this id, null for a null id; a missing one is an error on {@code field}.
     */
    public <T> T find(Class<T> type, Object id, String field) {
        if (id == null) {
            return null;
        }
        T found = entityManager.find(type, id);
        if (found == null) {
            errors.add(new ProblemFieldError(field, "refers to no " + type.getSimpleName() + " with id " + id));
        }
        return found;
    }

    /**
     * Adds a member of the entity's current update surface; a null value is left out.
     */
    public void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, objectMapper.valueToTree(value));
        }
    }

    /**
     * Throws one 400 listing every field error so far.
     */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalid(errors);
        }
    }

    void rejectUnknown(JsonNode body, List<String> accepted, List<String> readOnly) {
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            String field = entry.getKey();
            if (!accepted.contains(field)) {
                errors.add(new ProblemFieldError(field, readOnly.contains(field) ? "is read-only" : "is not accepted here; accepted fields: " + String.join(", ", accepted)));
            }
        }
    }

    void validate(Object request, Validator validator) {
        if (validator == null) {
            return;
        }
        Set<String> failed = errors.stream().map(ProblemFieldError::field).collect(Collectors.toSet());
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (!failed.contains(field)) {
                errors.add(new ProblemFieldError(field, violation.getMessage()));
            }
        }
    }

    private static boolean hasShapeOf(JsonNode node, Class<?> type) {
        if (type == Boolean.class) {
            return node.isBoolean();
        }
        if (integral(type)) {
            return node.isIntegralNumber();
        }
        if (Number.class.isAssignableFrom(type)) {
            return node.isNumber();
        }
        return node.getNodeType() == JsonNodeType.STRING;
    }

    static String expectation(Class<?> type) {
        if (type == Boolean.class) {
            return "must be a boolean";
        }
        if (integral(type)) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (type == LocalDate.class) {
            return "must be a date (yyyy-MM-dd)";
        }
        if (type == LocalDateTime.class) {
            return "must be a date-time (yyyy-MM-ddTHH:mm:ss)";
        }
        if (type == Instant.class) {
            return "must be an instant (yyyy-MM-ddTHH:mm:ssZ)";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        return "must be a string";
    }

    /**
     * The value at the column's scale, as the database will store it ({@code 12.5} at scale 2 is {@code 12.50}); null stays null.
     */
    public static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * What is wrong with a date, date-time or instant outside the years 0001 to 9999; null for any other value.
     */
    static String outOfRange(Object value) {
        if (value instanceof LocalDate date && (date.getYear() < 1 || date.getYear() > 9999)) {
            return "must be a date between 0001-01-01 and 9999-12-31";
        }
        if (value instanceof LocalDateTime dateTime && (dateTime.getYear() < 1 || dateTime.getYear() > 9999)) {
            return "must be a date-time between 0001-01-01T00:00:00 and 9999-12-31T23:59:59";
        }
        // 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in seconds (an Instant's year can be beyond LocalDateTime's)
        if (value instanceof Instant at && (at.getEpochSecond() < -62135596800L || at.getEpochSecond() >= 253402300800L)) {
            return "must be an instant between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
        }
        return null;
    }

    private static boolean integral(Class<?> type) {
        return type == Long.class || type == Integer.class || type == Short.class || type == Byte.class || type == BigInteger.class;
    }
}

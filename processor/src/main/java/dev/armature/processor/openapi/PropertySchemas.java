package dev.armature.processor.openapi;

import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.ValueType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON Schema (OpenAPI 3.1 dialect) of one property's value. Keywords are always added in the same
 * order, whatever order the constraints come in: {@code type, format, enum, minLength, maxLength,
 * pattern, minimum, exclusiveMinimum, maximum, exclusiveMaximum, description}.
 */
final class PropertySchemas {
  /** ISO 8601 local date and time as Jackson writes and reads it: seconds and fraction optional, no offset. */
  static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

  private PropertySchemas() {}

  /** The bare schema of a value, e.g. for a query parameter: never null, no constraints. */
  static JsonObject value(ValueType value) {
    return typed(value, false);
  }

  /**
   * The schema of a property in a body.
   *
   * @param nullable whether {@code null} is a valid value: 3.1 style {@code type: [string, "null"]}
   * @param withConstraints whether to map its Bean Validation constraints (requests only; responses
   *     carry what the entity holds)
   */
  static JsonObject property(PropertyModel property, boolean nullable, boolean withConstraints) {
    JsonObject schema = typed(property.value(), nullable);
    if (withConstraints) {
      constrain(schema, property.value().kind(), property.constraints());
    }
    property.relation().ifPresent(r -> schema.put("description", "Id of the related " + r.target().simpleName()
        + (r.targetPath().isEmpty() ? "" : " (`/api/" + r.targetPath() + "/{id}`)")));
    return schema;
  }

  /** Whether a response may hold {@code null} for it: anything but the id, the version and required values. */
  static boolean nullableInResponse(PropertyModel property) {
    return property.kind() != PropertyKind.ID && property.kind() != PropertyKind.VERSION && !property.required();
  }

  private static JsonObject typed(ValueType value, boolean nullable) {
    JsonObject schema = new JsonObject();
    String type = value.kind().jsonType();
    if (nullable) {
      schema.putArray("type").add(type).add("null");
    } else {
      schema.put("type", type);
    }
    if (value.kind().format() != null) {
      schema.put("format", value.kind().format());
    }
    if (value.kind() == ScalarKind.LOCAL_DATE_TIME) {
      schema.put("pattern", LOCAL_DATE_TIME);
    }
    if (value.kind() == ScalarKind.ENUM) {
      JsonArray constants = schema.putArray("enum");
      value.enumConstants().forEach(constants::add);
      if (nullable) {
        constants.addNull(); // enum applies to every instance type, so null must be listed too
      }
    }
    return schema;
  }

  /**
   * Maps Bean Validation constraints to JSON Schema keywords. Constraints without a keyword
   * ({@code @Past}, {@code @Digits}, {@code @AssertTrue}, custom ones) are left to the server's 400.
   */
  private static void constrain(JsonObject schema, ScalarKind kind, List<ConstraintModel> constraints) {
    boolean string = kind == ScalarKind.STRING;
    boolean numeric = kind.jsonType().equals("integer") || kind.jsonType().equals("number");
    Long minLength = null;
    Long maxLength = null;
    String pattern = null;
    boolean email = false;
    Bound lower = null;
    Bound upper = null;
    for (ConstraintModel c : constraints) {
      switch (c.simpleName()) {
        case "NotBlank", "NotEmpty" -> minLength = string ? max(minLength, 1L) : minLength;
        case "Size" -> {
          if (string) {
            minLength = max(minLength, positive(longAttr(c, "min")));
            maxLength = min(maxLength, longAttr(c, "max"));
          }
        }
        case "Pattern" -> {
          // @Pattern matches the whole value; JSON Schema patterns match anywhere. Flags have no ECMA-262 form.
          if (string && c.attributes().get("regexp") instanceof String regexp && !hasFlags(c)) {
            pattern = "^(?:" + regexp + ")$";
          }
        }
        case "Email" -> email = string;
        case "Min" -> lower = numeric ? Bound.tighterLower(lower, Bound.of(c.attributes().get("value"), false)) : lower;
        case "Max" -> upper = numeric ? Bound.tighterUpper(upper, Bound.of(c.attributes().get("value"), false)) : upper;
        case "DecimalMin" -> lower = numeric ? Bound.tighterLower(lower, Bound.of(c.attributes().get("value"), exclusive(c))) : lower;
        case "DecimalMax" -> upper = numeric ? Bound.tighterUpper(upper, Bound.of(c.attributes().get("value"), exclusive(c))) : upper;
        case "Positive" -> lower = numeric ? Bound.tighterLower(lower, new Bound(BigDecimal.ZERO, true)) : lower;
        case "PositiveOrZero" -> lower = numeric ? Bound.tighterLower(lower, new Bound(BigDecimal.ZERO, false)) : lower;
        case "Negative" -> upper = numeric ? Bound.tighterUpper(upper, new Bound(BigDecimal.ZERO, true)) : upper;
        case "NegativeOrZero" -> upper = numeric ? Bound.tighterUpper(upper, new Bound(BigDecimal.ZERO, false)) : upper;
        default -> { }
      }
    }
    if (email && !schema.has("format")) {
      schema.put("format", "email");
    }
    putIfSet(schema, "minLength", minLength);
    putIfSet(schema, "maxLength", maxLength);
    if (pattern != null) {
      schema.put("pattern", pattern);
    }
    if (lower != null) {
      schema.set(lower.exclusive() ? "exclusiveMinimum" : "minimum", lower.node());
    }
    if (upper != null) {
      schema.set(upper.exclusive() ? "exclusiveMaximum" : "maximum", upper.node());
    }
  }

  private static boolean exclusive(ConstraintModel c) {
    return Boolean.FALSE.equals(c.attributes().get("inclusive"));
  }

  private static boolean hasFlags(ConstraintModel c) {
    return c.attributes().get("flags") instanceof List<?> flags && !flags.isEmpty();
  }

  private static Long longAttr(ConstraintModel c, String name) {
    return c.attributes().get(name) instanceof Number n ? n.longValue() : null;
  }

  private static Long positive(Long value) {
    return value != null && value > 0 ? value : null;
  }

  private static Long max(Long a, Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Math.max(a, b);
  }

  private static Long min(Long a, Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Math.min(a, b);
  }

  private static void putIfSet(JsonObject schema, String keyword, Long value) {
    if (value != null) {
      schema.put(keyword, value);
    }
  }

  /** A numeric bound; in OpenAPI 3.1 {@code exclusiveMinimum}/{@code exclusiveMaximum} are numbers. */
  private record Bound(BigDecimal value, boolean exclusive) {
    static Bound of(Object value, boolean exclusive) {
      try {
        return value == null ? null : new Bound(new BigDecimal(value.toString().trim()), exclusive);
      } catch (NumberFormatException e) {
        return null; // not a literal number: leave it to the server
      }
    }

    static Bound tighterLower(Bound a, Bound b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      int cmp = a.value.compareTo(b.value);
      return cmp > 0 || (cmp == 0 && a.exclusive) ? a : b;
    }

    static Bound tighterUpper(Bound a, Bound b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      int cmp = a.value.compareTo(b.value);
      return cmp < 0 || (cmp == 0 && a.exclusive) ? a : b;
    }

    /** {@code 0.00} is written as {@code 0}, {@code 2.50} as {@code 2.5}. */
    Number node() {
      BigDecimal v = value.stripTrailingZeros();
      return v.scale() <= 0 ? v.toBigIntegerExact() : v;
    }
  }
}

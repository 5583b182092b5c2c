package dev.armature.maven.generators;

import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SurfaceKind;
import dev.armature.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rows of the body tables: a property's JSON type (as in the OpenAPI description: type and format, enum
 * constants, for a relation the related resource), its constraints written as in Java, and what a client
 * should know about it (read-only, write-only, unique, set by the server).
 */
final class ApiDocsFields {
  /** Attributes in the order a person writes them; the rest follow by name. */
  private static final List<String> FIRST = List.of("value", "min", "max");

  private final Map<String, String> anchorsByPath;

  /** @param anchorsByPath the section anchor of each resource, by its path, to link relations to */
  ApiDocsFields(Map<String, String> anchorsByPath) {
    this.anchorsByPath = anchorsByPath;
  }

  /**
   * A row of a request body's table; on create a field only the mapping requires is not (it keeps the
   * entity's value; one that is still null is a 400).
   */
  ApiDocsVars.Field request(PropertyModel p, SurfaceKind surface) {
    List<String> notes = new ArrayList<>();
    if (p.writeOnly()) {
      notes.add("write-only: never in a response");
    }
    if (p.unique()) {
      notes.add("unique: a value another item has is a 409");
    }
    boolean defaultable = surface == SurfaceKind.CREATE && p.checkedAfterCreate();
    String constraints = p.constraintsIn(surface).stream()
        .map(c -> Markdown.code(constraint(c)) + (c.implied() ? " (from the mapping)" : ""))
        .collect(Collectors.joining(", "));
    String required = defaultable ? "yes, unless the entity sets it" : p.requiredIn(surface) ? "yes" : "no";
    return new ApiDocsVars.Field(p.jsonName(), type(p), required, "", constraints,
        String.join("; ", notes));
  }

  ApiDocsVars.Field response(PropertyModel p) {
    List<String> notes = new ArrayList<>();
    if (p.kind() == PropertyKind.VERSION) {
      notes.add("the version, also sent as `ETag`; set by the server");
    } else if (p.generated()) {
      notes.add("set by the server");
    }
    if (p.readOnly()) {
      notes.add("read-only: never accepted in a request");
    }
    if (p.unique()) {
      notes.add("unique");
    }
    boolean nullable = p.kind() != PropertyKind.ID && p.kind() != PropertyKind.VERSION && !p.required();
    return new ApiDocsVars.Field(p.jsonName(), type(p), "", nullable ? "yes" : "no", "", String.join("; ", notes));
  }

  /** {@code integer (int64)}; {@code string: `A` or `B`}; for a relation, also what the id is of. */
  String type(PropertyModel p) {
    String type = valueType(p.value());
    if (p.relation().isEmpty()) {
      return type;
    }
    RelationModel r = p.relation().get();
    String anchor = anchorsByPath.get(r.targetPath());
    if (anchor != null) {
      return type + ", id in [`/api/" + r.targetPath() + "`](#" + anchor + ")";
    }
    String simple = r.target().simpleName();
    return type + ", id of " + Words.a(simple) + " " + Markdown.code(simple) + " ("
        + Markdown.code(r.target().canonicalName()) + ", not in this API)";
  }

  /** The JSON type, with its format or constants. */
  static String valueType(ValueType value) {
    String type = value.kind().jsonType();
    if (!value.enumConstants().isEmpty()) {
      return type + ": " + Markdown.or(value.enumConstants().stream().map(Markdown::code).toList());
    }
    if (value.kind() == ScalarKind.LOCAL_DATE_TIME) {
      return type + " (local date-time, no offset)";
    }
    return value.kind().format() == null ? type : type + " (" + value.kind().format() + ")";
  }

  /** {@code @Size(max = 200)}, {@code @Min(0)}, {@code @NotBlank}, as the annotation would be written. */
  static String constraint(ConstraintModel c) {
    Map<String, Object> attributes = c.attributes();
    if (attributes.isEmpty()) {
      return "@" + c.simpleName();
    }
    if (attributes.size() == 1 && attributes.containsKey("value")) {
      return "@" + c.simpleName() + "(" + literal(attributes.get("value")) + ")";
    }
    Map<String, Object> rest = new TreeMap<>(attributes);
    List<String> parts = new ArrayList<>();
    for (String name : FIRST) {
      if (rest.containsKey(name)) {
        parts.add(name + " = " + literal(rest.remove(name)));
      }
    }
    rest.forEach((name, value) -> parts.add(name + " = " + literal(value)));
    return "@" + c.simpleName() + "(" + String.join(", ", parts) + ")";
  }

  private static String literal(Object value) {
    if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof ConstraintModel.EnumValue e) {
      return String.join(".", e.type().simpleNames()) + "." + e.constant();
    }
    if (value instanceof List<?> list) {
      return "{" + list.stream().map(ApiDocsFields::literal).collect(Collectors.joining(", ")) + "}";
    }
    return String.valueOf(value);
  }

  /** A plausible JSON value for an example body. */
  static String example(PropertyModel p) {
    if (p.kind() == PropertyKind.VERSION) {
      return "0";
    }
    int number = p.kind() == PropertyKind.ID ? 1 : p.kind() == PropertyKind.TO_ONE ? 7 : 42;
    return switch (p.value().kind()) {
      case STRING -> p.constraint("Email").isPresent() ? "\"someone@example.com\"" : p.kind() == PropertyKind.SCALAR
          ? "\"…\"" : "\"" + number + "\"";
      case BOOLEAN -> "true";
      case BYTE, SHORT, INTEGER, LONG, BIG_INTEGER -> String.valueOf(number);
      case FLOAT, DOUBLE, BIG_DECIMAL -> "9.99";
      case ENUM -> "\"" + p.value().enumConstants().get(0) + "\"";
      case LOCAL_DATE -> "\"2025-01-31\"";
      case LOCAL_DATE_TIME -> "\"2025-01-31T09:30:00\"";
      case INSTANT -> "\"2025-01-31T09:30:00Z\"";
      case UUID -> "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"";
    };
  }
}

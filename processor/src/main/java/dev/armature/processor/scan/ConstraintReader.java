package dev.armature.processor.scan;

import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the Bean Validation constraints of a property (any annotation meta-annotated with
 * {@code @Constraint}, {@code jakarta} or {@code javax}) and adds those its JPA mapping implies, so a
 * request that would break the database is a 400 naming the field instead of a failed insert.
 */
final class ConstraintReader {
  private static final String[] CONSTRAINT = {"jakarta.validation.Constraint", "javax.validation.Constraint"};
  private static final String JAKARTA = "jakarta.validation.constraints";

  private final ValueTypes valueTypes;

  ConstraintReader(ValueTypes valueTypes) {
    this.valueTypes = valueTypes;
  }

  List<ConstraintModel> declared(RawProperty property) {
    List<ConstraintModel> result = new ArrayList<>();
    for (Element e : property.annotated()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        if (Annotations.has(type, CONSTRAINT) && result.stream().noneMatch(c -> c.annotation().equals(valueTypes.ref(type)))) {
          result.add(new ConstraintModel(valueTypes.ref(type), attributes(mirror), false));
        }
      }
    }
    return result;
  }

  /** Whether the declared constraints already forbid null. */
  static boolean forbidsNull(List<ConstraintModel> constraints) {
    return constraints.stream().anyMatch(ConstraintModel::forbidsNull);
  }

  /**
   * Adds {@code @NotNull} for required properties, {@code @Size(max = length)} for string columns and
   * {@code @Digits(integer = precision - scale, fraction = scale)} for numeric columns with a precision.
   */
  static List<ConstraintModel> withImplied(List<ConstraintModel> declared, boolean required, ScalarKind kind,
      Optional<Integer> maxLength, Optional<ColumnDigits> digits) {
    List<ConstraintModel> all = new ArrayList<>(declared);
    if (required && !forbidsNull(declared)) {
      all.add(new ConstraintModel(TypeRef.of(JAKARTA, "NotNull"), Map.of(), true));
    }
    if (kind == ScalarKind.STRING && maxLength.isPresent()
        && declared.stream().noneMatch(c -> c.simpleName().equals("Size") && c.attributes().containsKey("max"))) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      declared.stream().filter(c -> c.simpleName().equals("Size")).findFirst()
          .ifPresent(size -> attributes.putAll(size.attributes()));
      attributes.put("max", (long) maxLength.get());
      all.removeIf(c -> c.simpleName().equals("Size"));
      all.add(new ConstraintModel(TypeRef.of(JAKARTA, "Size"), attributes, true));
    }
    // without it a value beyond the column is a failed insert (H2 22001, a misleading 409) or silently rounded
    if (digits.isPresent() && declared.stream().noneMatch(c -> c.simpleName().equals("Digits"))) {
      all.add(new ConstraintModel(TypeRef.of(JAKARTA, "Digits"), Map.of(
          "integer", (long) digits.get().integer(), "fraction", (long) digits.get().fraction()), true));
    }
    return all;
  }

  /** The digits a {@code @Column(precision, scale)} holds before and after the decimal point. */
  record ColumnDigits(int integer, int fraction) {}

  private Map<String, Object> attributes(AnnotationMirror mirror) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      String name = e.getKey().getSimpleName().toString();
      if (name.equals("groups") || name.equals("payload")) {
        continue;
      }
      Object value = convert(e.getValue().getValue());
      if (value != null) {
        result.put(name, value);
      }
    }
    return result;
  }

  private Object convert(Object value) {
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float || value instanceof Double) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    if (value instanceof VariableElement constant) {
      return new ConstraintModel.EnumValue(valueTypes.ref((TypeElement) constant.getEnclosingElement()),
          constant.getSimpleName().toString());
    }
    if (value instanceof List<?> list) {
      List<Object> converted = new ArrayList<>();
      for (Object item : list) {
        Object c = convert(((AnnotationValue) item).getValue());
        if (c == null) {
          return null;
        }
        converted.add(c);
      }
      return List.copyOf(converted);
    }
    if (value instanceof TypeMirror) {
      return null; // class literals (custom payloads) cannot be carried in the IR; groups/payload are skipped anyway
    }
    return null;
  }
}

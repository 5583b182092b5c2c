package dev.armature.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * The Java type of a property's value as it travels in JSON: for a to-one relation, the type of the
 * related entity's id.
 *
 * @param kind the scalar kind
 * @param type the declared type (the boxed one for primitives)
 * @param primitive whether the entity declares a primitive ({@code int}, {@code boolean}, ...)
 * @param enumConstants the constants of an enum, in declaration order; empty otherwise
 */
public record ValueType(ScalarKind kind, TypeRef type, boolean primitive, List<String> enumConstants) {
  public ValueType {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(type);
    enumConstants = List.copyOf(enumConstants);
    if ((kind == ScalarKind.ENUM) == enumConstants.isEmpty() && kind == ScalarKind.ENUM) {
      throw new IllegalArgumentException("an enum needs its constants");
    }
  }
}

package dev.armature.processor.model;

import java.util.Optional;

/**
 * How generated code, which lives in another package, reads and writes a property: through public
 * JavaBean accessors when the entity has them (or Lombok will make them), else through a public field.
 *
 * @param getter the public getter's name, e.g. {@code getTitle} or {@code isPublished}; empty when read as a field
 * @param setter the public setter's name; empty when written as a field or never written
 * @param field the field's name, when it is read or written directly
 */
public record Access(Optional<String> getter, Optional<String> setter, Optional<String> field) {

  public static Access accessors(String getter, String setter) {
    return new Access(Optional.of(getter), Optional.ofNullable(setter), Optional.empty());
  }

  public static Access field(String field) {
    return new Access(Optional.empty(), Optional.empty(), Optional.of(field));
  }

  public Access {
    if (getter.isEmpty() && field.isEmpty()) {
      throw new IllegalArgumentException("a property must be readable");
    }
  }

  /** Whether generated code can assign it. */
  public boolean writable() {
    return setter.isPresent() || field.isPresent();
  }
}

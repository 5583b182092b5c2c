package dev.armature.processor.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Bean Validation constraint to put on a request record component, e.g. {@code @Size(max = 200)}.
 *
 * <p>Attribute values are JSON-friendly: {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * an {@link EnumValue}, or a {@code List} of those. Only explicitly given attributes are kept (no
 * {@code groups} or {@code payload}).
 *
 * @param annotation the constraint annotation type, e.g. {@code jakarta.validation.constraints.Size}
 * @param attributes explicit attributes, sorted by name
 * @param implied whether Armature derived it from the mapping ({@code @Column(length = 80)} implies
 *     {@code @Size(max = 80)}) rather than it being declared
 */
public record ConstraintModel(TypeRef annotation, Map<String, Object> attributes, boolean implied) {
  public ConstraintModel {
    attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /** The annotation's simple name, e.g. {@code Size}. */
  public String simpleName() {
    return annotation.simpleName();
  }

  /** Whether it forbids null: {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}. */
  public boolean forbidsNull() {
    return java.util.List.of("NotNull", "NotBlank", "NotEmpty").contains(simpleName());
  }

  /** An enum constant used as an attribute value, e.g. {@code Pattern.Flag.CASE_INSENSITIVE}. */
  public record EnumValue(TypeRef type, String constant) {}
}

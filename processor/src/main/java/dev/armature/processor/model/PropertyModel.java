package dev.armature.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * One persistent property of an entity as the API sees it.
 *
 * @param name the Java property name, e.g. {@code author}
 * @param jsonName the JSON name: the name, or {@code authorId} for a to-one relation
 * @param kind id, version, scalar or to-one
 * @param value the type of the JSON value (for a to-one relation, the related id's type)
 * @param access how generated code reads and writes it
 * @param readOnly {@code @ReadOnly}: never accepted from a request
 * @param writeOnly {@code @WriteOnly}: never written to a response
 * @param searchable {@code @Searchable}: a list filter
 * @param generated set by the database or provider ({@code @GeneratedValue}, {@code @CreationTimestamp}, ...)
 * @param required a request must give a non-null value (an assigned id, a primitive, {@code nullable = false},
 *     {@code optional = false}, {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}); see
 *     {@link #requiredIn(SurfaceKind)} for the create side of one only the mapping requires
 * @param unique {@code @Column(unique = true)}
 * @param column the database column as Spring Boot's naming strategy names it ({@code @Column(name)} or
 *     {@code @JoinColumn(name)}, else {@code first_name} for {@code firstName}, {@code author_id} for a to-one
 *     {@code author}); a failed write's SQL error names it, the generated code maps it back to {@link #jsonName}
 * @param constraints Bean Validation constraints for requests: those declared plus those the mapping implies
 * @param relation the related entity, for a to-one relation
 * @param origin the field or getter, for diagnostics only (not serialized)
 */
public record PropertyModel(
    String name,
    String jsonName,
    PropertyKind kind,
    ValueType value,
    Access access,
    boolean readOnly,
    boolean writeOnly,
    boolean searchable,
    boolean generated,
    boolean required,
    boolean unique,
    String column,
    List<ConstraintModel> constraints,
    Optional<RelationModel> relation,
    Element origin) {

  public PropertyModel {
    Objects.requireNonNull(name);
    Objects.requireNonNull(jsonName);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(value);
    Objects.requireNonNull(access);
    Objects.requireNonNull(column);
    constraints = List.copyOf(constraints);
    Objects.requireNonNull(relation);
    if ((kind == PropertyKind.TO_ONE) != relation.isPresent()) {
      throw new IllegalArgumentException(name + ": a relation exactly when the kind is TO_ONE");
    }
    if (readOnly && writeOnly) {
      throw new IllegalArgumentException(name + " cannot be both read-only and write-only");
    }
  }

  /** Whether a request may ever set it (not the id unless assigned, not the version, not read-only or generated). */
  public boolean writable() {
    return kind != PropertyKind.VERSION && !readOnly && !generated;
  }

  /**
   * Whether a request body of this surface must give a non-null value. On create a property whose
   * {@code @NotNull} only its mapping implies (a primitive, {@code nullable = false}, {@code optional = false};
   * not an assigned id, not a declared {@code @NotNull}) is not: left out, it keeps the value the entity's
   * constructor gives it (its initializer, 0 or false), and one still null after that is a 400 (see
   * {@link #checkedAfterCreate()}). On update it is: PUT replaces the whole surface.
   */
  public boolean requiredIn(SurfaceKind surface) {
    return required && !keepsEntityValue(surface);
  }

  /** The constraints of this surface's request record: on create, an implied {@code @NotNull} is left out (see above). */
  public List<ConstraintModel> constraintsIn(SurfaceKind surface) {
    if (!keepsEntityValue(surface)) {
      return constraints;
    }
    return constraints.stream().filter(c -> !(c.implied() && c.simpleName().equals("NotNull"))).toList();
  }

  /**
   * Whether the generated create checks it on the new entity once the body is applied: required only by
   * its mapping and able to be null, so left out with no value from the entity's constructor it is a 400.
   */
  public boolean checkedAfterCreate() {
    return keepsEntityValue(SurfaceKind.CREATE) && !value.primitive();
  }

  private boolean keepsEntityValue(SurfaceKind surface) {
    return surface == SurfaceKind.CREATE && required && kind != PropertyKind.ID
        && constraints.stream().anyMatch(c -> c.implied() && c.simpleName().equals("NotNull"))
        && constraints.stream().noneMatch(c -> !c.implied() && c.forbidsNull());
  }

  /** The constraint of this annotation type (simple name, e.g. {@code Size}), if declared or implied. */
  public Optional<ConstraintModel> constraint(String simpleName) {
    return constraints.stream().filter(c -> c.simpleName().equals(simpleName)).findFirst();
  }
}

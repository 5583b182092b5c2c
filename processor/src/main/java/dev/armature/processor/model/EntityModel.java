package dev.armature.processor.model;

import dev.armature.annotations.Operation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * One {@code @ApiResource} entity.
 *
 * @param qualifiedName the entity class, e.g. {@code com.example.library.Book}
 * @param type the entity class as a type reference
 * @param path the path segment under {@code /api}, e.g. {@code books}
 * @param id the id property
 * @param version the {@code @Version} property, if any
 * @param properties every other exposed property (scalars and to-one relations), in declaration order
 * @param operations the operations to generate, in {@link Operation} order
 * @param security who may read and write
 * @param paging default and maximum page size
 * @param surfaces the resolved field sets of each side of the API
 * @param repository the project's own {@code JpaRepository<Entity, Id>}, if it has one
 * @param origin the class, for diagnostics and originating elements only (not serialized)
 */
public record EntityModel(
    String qualifiedName,
    TypeRef type,
    String path,
    PropertyModel id,
    Optional<PropertyModel> version,
    List<PropertyModel> properties,
    Set<Operation> operations,
    SecurityModel security,
    PagingModel paging,
    Surfaces surfaces,
    Optional<TypeRef> repository,
    Element origin) {

  public EntityModel {
    Objects.requireNonNull(qualifiedName);
    Objects.requireNonNull(type);
    Objects.requireNonNull(path);
    Objects.requireNonNull(id);
    Objects.requireNonNull(version);
    properties = List.copyOf(properties);
    operations = Set.copyOf(operations);
    Objects.requireNonNull(security);
    Objects.requireNonNull(paging);
    Objects.requireNonNull(surfaces);
    Objects.requireNonNull(repository);
    if (id.kind() != PropertyKind.ID) {
      throw new IllegalArgumentException("id must be of kind ID");
    }
    version.ifPresent(v -> {
      if (v.kind() != PropertyKind.VERSION) {
        throw new IllegalArgumentException("version must be of kind VERSION");
      }
    });
    for (String name : surfaces.allNames()) {
      if (!name.equals(id.name()) && version.map(v -> !v.name().equals(name)).orElse(true)
          && properties.stream().noneMatch(p -> p.name().equals(name))) {
        throw new IllegalArgumentException("surface names unknown property " + name);
      }
    }
  }

  /** The simple name of the entity class, e.g. {@code Book}. */
  public String simpleName() {
    return type.simpleName();
  }

  /** Whether this operation is generated. */
  public boolean has(Operation operation) {
    return operations.contains(operation);
  }

  /** The id, the version and every other property, in that order. */
  public List<PropertyModel> allProperties() {
    var all = new java.util.ArrayList<PropertyModel>();
    all.add(id);
    version.ifPresent(all::add);
    all.addAll(properties);
    return List.copyOf(all);
  }

  /** The property of this name (id, version or other). */
  public PropertyModel property(String name) {
    return allProperties().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(qualifiedName + " has no property " + name));
  }

  /** The properties of a surface, in the surface's order. */
  public List<PropertyModel> surface(SurfaceKind kind) {
    return surfaces.get(kind).stream().map(this::property).toList();
  }

  /** Properties that can be sorted on: every scalar one (id and version included) that is not write-only. */
  public List<PropertyModel> sortable() {
    return allProperties().stream().filter(p -> p.kind() != PropertyKind.TO_ONE && !p.writeOnly()).toList();
  }

  /** {@code @Searchable} properties, which become list filters. */
  public List<PropertyModel> searchable() {
    return allProperties().stream().filter(PropertyModel::searchable).toList();
  }
}

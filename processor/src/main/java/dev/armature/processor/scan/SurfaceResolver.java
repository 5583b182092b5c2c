package dev.armature.processor.scan;

import dev.armature.annotations.Operation;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.diagnostics.Suggestions;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import dev.armature.processor.model.Surfaces;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Resolves the four surfaces from {@code @Surface} annotations and the defaults of DESIGN.md, reporting
 * unknown names, unknown fields ("did you mean"), and fields a surface can never carry.
 */
final class SurfaceResolver {
  private static final String SURFACE = "dev.armature.annotations.Surface";
  private static final String SURFACE_LIST = "dev.armature.annotations.Surface.List";

  private final Annotations annotations;
  private final Reporter reporter;

  SurfaceResolver(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  /**
   * @param excluded names of properties that exist but are never exposed (collections, unsupported
   *     types), with the reason, so a surface naming one gets the right message
   */
  Optional<Surfaces> resolve(TypeElement type, List<PropertyModel> all, Map<String, Excluded> excluded,
      Set<Operation> operations) {
    int before = reporter.errorCount();
    Map<SurfaceKind, List<String>> explicit = new EnumMap<>(SurfaceKind.class);
    Map<SurfaceKind, AnnotationMirror> declared = new EnumMap<>(SurfaceKind.class);
    for (AnnotationMirror surface : surfaceMirrors(type)) {
      AnnotationValue nameValue = annotations.value(surface, "name");
      String name = String.valueOf(nameValue.getValue());
      Optional<SurfaceKind> kind = SurfaceKind.named(name);
      if (kind.isEmpty()) {
        reporter.report(Message.UNKNOWN_SURFACE, type, surface, nameValue, name,
            Suggestions.didYouMean(name, SurfaceKind.names()));
        continue;
      }
      if (explicit.containsKey(kind.get())) {
        reporter.report(Message.DUPLICATE_SURFACE, type, surface, nameValue, name, type.getSimpleName());
        continue;
      }
      explicit.put(kind.get(), fields(type, surface, kind.get(), all, excluded));
      declared.put(kind.get(), surface);
    }
    if (reporter.errorCount() != before) {
      return Optional.empty();
    }
    List<String> create = explicit.getOrDefault(SurfaceKind.CREATE, defaults(all, SurfaceKind.CREATE));
    List<String> update = explicit.getOrDefault(SurfaceKind.UPDATE, defaults(all, SurfaceKind.UPDATE));
    List<String> read = explicit.getOrDefault(SurfaceKind.READ, defaults(all, SurfaceKind.READ));
    List<String> list = explicit.getOrDefault(SurfaceKind.LIST, read);
    reportExcludedInDefaults(type, explicit, excluded, operations);
    warnIdLeftOut(type, declared, explicit, all, operations);
    return reporter.errorCount() == before ? Optional.of(new Surfaces(create, update, read, list)) : Optional.empty();
  }

  /** A property that exists on the entity but that no surface can carry. */
  record Excluded(javax.lang.model.element.Element element, boolean collection, String typeName, String hint) {}

  private List<String> fields(TypeElement type, AnnotationMirror surface, SurfaceKind kind, List<PropertyModel> all,
      Map<String, Excluded> excluded) {
    Set<String> names = new LinkedHashSet<>();
    for (AnnotationValue v : annotations.list(surface, "fields")) {
      String field = String.valueOf(v.getValue());
      Optional<PropertyModel> property = all.stream()
          .filter(p -> p.name().equals(field) || p.jsonName().equals(field)).findFirst();
      if (property.isEmpty()) {
        Excluded ex = excluded.get(field);
        if (ex != null && ex.collection()) {
          reporter.report(Message.COLLECTION_IN_SURFACE, type, surface, v, kind.surfaceName(), field, ex.hint());
        } else if (ex != null) {
          reporter.report(Message.UNSUPPORTED_TYPE, type, surface, v, field, ex.typeName());
        } else {
          List<String> candidates = new ArrayList<>();
          all.forEach(p -> candidates.add(p.name()));
          reporter.report(Message.UNKNOWN_SURFACE_FIELD, type, surface, v, kind.surfaceName(), field,
              type.getSimpleName(), Suggestions.didYouMean(field, candidates));
        }
        continue;
      }
      PropertyModel p = property.get();
      if (!names.add(p.name())) {
        reporter.report(Message.DUPLICATE_SURFACE_FIELD, type, surface, v, kind.surfaceName(), field);
      } else if (kind.isRequest() && !acceptable(p, kind)) {
        reporter.report(Message.READ_ONLY_IN_WRITE_SURFACE, type, surface, v, kind.surfaceName(), field, why(p));
      } else if (!kind.isRequest() && p.writeOnly()) {
        reporter.report(Message.WRITE_ONLY_IN_READ_SURFACE, type, surface, v, kind.surfaceName(), field);
      }
    }
    return List.copyOf(names);
  }

  private static String why(PropertyModel p) {
    return switch (p.kind()) {
      case ID -> p.generated() ? "the generated @Id" : "the @Id (ids are set on create only)";
      case VERSION -> "the @Version";
      default -> p.readOnly() ? "@ReadOnly" : "generated by the database or provider";
    };
  }

  /** Whether a request surface may carry the property: an assigned id on create only; never a version, read-only or generated one. */
  static boolean acceptable(PropertyModel p, SurfaceKind kind) {
    if (p.kind() == PropertyKind.ID) {
      return kind == SurfaceKind.CREATE && !p.generated();
    }
    return p.writable();
  }

  static List<String> defaults(List<PropertyModel> all, SurfaceKind kind) {
    return all.stream().filter(p -> switch (kind) {
      case CREATE -> acceptable(p, kind) && !(p.kind() == PropertyKind.ID
          && p.value().kind() == dev.armature.processor.model.ScalarKind.UUID);
      case UPDATE -> acceptable(p, kind);
      case READ, LIST -> !p.writeOnly();
    }).map(PropertyModel::name).toList();
  }

  /** Unsupported properties are fine only when every surface the operations use is explicit and leaves them out. */
  private void reportExcludedInDefaults(TypeElement type, Map<SurfaceKind, List<String>> explicit,
      Map<String, Excluded> excluded, Set<Operation> operations) {
    boolean needsCreate = operations.contains(Operation.CREATE);
    boolean needsUpdate = operations.contains(Operation.UPDATE) || operations.contains(Operation.PATCH);
    boolean needsRead = !operations.isEmpty() && !(operations.size() == 1 && operations.contains(Operation.LIST)
        || operations.size() == 1 && operations.contains(Operation.DELETE));
    boolean needsList = operations.contains(Operation.LIST);
    boolean defaulted = needsCreate && !explicit.containsKey(SurfaceKind.CREATE)
        || needsUpdate && !explicit.containsKey(SurfaceKind.UPDATE)
        || needsRead && !explicit.containsKey(SurfaceKind.READ)
        || needsList && !explicit.containsKey(SurfaceKind.LIST) && !explicit.containsKey(SurfaceKind.READ);
    if (!defaulted) {
      return;
    }
    excluded.forEach((name, ex) -> {
      if (!ex.collection()) {
        reporter.report(Message.UNSUPPORTED_TYPE, ex.element(), name, ex.typeName());
      }
    });
  }

  /**
   * A read or list surface without the id answers items nobody can link to or address again (issue 9);
   * a warning, since a projection without ids can be intended.
   */
  private void warnIdLeftOut(TypeElement type, Map<SurfaceKind, AnnotationMirror> declared,
      Map<SurfaceKind, List<String>> explicit, List<PropertyModel> all, Set<Operation> operations) {
    Optional<PropertyModel> id = all.stream().filter(p -> p.kind() == PropertyKind.ID).findFirst();
    if (id.isEmpty() || id.get().writeOnly()) {
      return;
    }
    // the read surface is the body of every answer with one item: GET by id, and the writes' responses
    boolean readUsed = operations.stream().anyMatch(o -> o != Operation.LIST && o != Operation.DELETE);
    for (SurfaceKind kind : List.of(SurfaceKind.READ, SurfaceKind.LIST)) {
      boolean used = kind == SurfaceKind.READ ? readUsed : operations.contains(Operation.LIST);
      AnnotationMirror surface = declared.get(kind);
      if (used && surface != null && !explicit.get(kind).contains(id.get().name())) {
        reporter.report(Message.ID_NOT_IN_SURFACE, type, surface, Annotations.explicit(surface, "fields").orElse(null),
            kind.surfaceName(), id.get().name(), id.get().name());
      }
    }
  }

  private List<AnnotationMirror> surfaceMirrors(TypeElement type) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      String name = Annotations.name(m);
      if (name.equals(SURFACE)) {
        result.add(m);
      } else if (name.equals(SURFACE_LIST)) {
        for (AnnotationValue v : annotations.list(m, "value")) {
          result.add((AnnotationMirror) v.getValue());
        }
      }
    }
    return result;
  }
}

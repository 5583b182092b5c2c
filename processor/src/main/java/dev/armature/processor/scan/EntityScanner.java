package dev.armature.processor.scan;

import dev.armature.annotations.Operation;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import dev.armature.processor.model.Surfaces;
import dev.armature.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Reads one {@code @ApiResource} class into an {@link EntityModel}: check, classify, resolve surfaces. */
public final class EntityScanner {
  /** The result of scanning one class. */
  public sealed interface Result permits Scanned, Deferred, Failed {}

  /** Scanned without errors. */
  public record Scanned(EntityModel entity) implements Result {}

  /** A type it needs is not complete yet; another processor may finish it in a later round. */
  public record Deferred(String reason) implements Result {}

  /** Errors were reported; nothing is generated for it. */
  public record Failed() implements Result {}

  private final Annotations annotations;
  private final PropertyCollector collector;
  private final PropertyClassifier classifier;
  private final ValueTypes valueTypes;
  private final IdLocator ids;
  private final SurfaceResolver surfaces;
  private final Reporter reporter;
  private final javax.lang.model.util.Types typeUtils;

  public EntityScanner(ProcessingEnvironment env, Reporter reporter) {
    this.typeUtils = env.getTypeUtils();
    this.annotations = new Annotations(env.getElementUtils());
    this.collector = new PropertyCollector(env.getElementUtils(), env.getTypeUtils());
    this.valueTypes = new ValueTypes(env.getTypeUtils(), env.getElementUtils());
    this.ids = new IdLocator(collector, valueTypes);
    this.classifier = new PropertyClassifier(annotations, valueTypes, ids, reporter);
    this.surfaces = new SurfaceResolver(annotations, reporter);
    this.reporter = reporter.locateRepeatedAnnotations(env);
  }

  /** The project's repositories among these root elements, sharing this scanner's look-ups of entities. */
  public Repositories repositories(java.util.Collection<? extends javax.lang.model.element.Element> rootElements) {
    return new Repositories(reporter, rootElements, valueTypes, ids, typeUtils);
  }

  public Result scan(TypeElement type, Optional<TypeRef> repository) {
    AnnotationMirror apiResource = Annotations.find(type, ResourceSettings.API_RESOURCE).orElseThrow();
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      String kind = type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      String what = type.getKind() == ElementKind.CLASS ? "abstract"
          : ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
      reporter.report(Message.NOT_A_CONCRETE_CLASS, type, apiResource, type.getSimpleName(), what);
      return new Failed();
    }
    if (Annotations.jpa(type, "Entity").isEmpty()) {
      reporter.report(Message.NOT_AN_ENTITY, type, apiResource, type.getSimpleName());
      return new Failed();
    }
    List<RawProperty> raw = collector.collect(type);
    for (RawProperty p : raw) {
      if (ValueTypes.incomplete(p.type())) {
        return new Deferred("the type of '" + p.name() + "' is " + p.type());
      }
    }
    int before = reporter.errorCount();
    ResourceSettings settings = ResourceSettings.read(type, apiResource, annotations, reporter);
    Optional<AnnotationMirror> idClass = Annotations.jpa(type, "IdClass");
    if (idClass.isPresent()) {
      reporter.report(Message.COMPOSITE_ID, type, idClass.get(), type.getSimpleName(), "@IdClass");
      return new Failed();
    }
    List<PropertyModel> properties = new ArrayList<>();
    Map<String, SurfaceResolver.Excluded> excluded = new LinkedHashMap<>();
    for (RawProperty p : raw) {
      PropertyClassifier.Outcome outcome = classifier.classify(p, type);
      if (outcome instanceof PropertyClassifier.Exposed e) {
        properties.add(e.property());
      } else if (outcome instanceof PropertyClassifier.Collection c) {
        excluded.put(p.name(), new SurfaceResolver.Excluded(p.mappingElement(), true, p.type().toString(), c.hint()));
      } else if (outcome instanceof PropertyClassifier.Unsupported u) {
        if (Annotations.jpa(p.mappingElement(), "EmbeddedId").isPresent()) {
          reporter.report(Message.COMPOSITE_ID, p.mappingElement(), type.getSimpleName(), "@EmbeddedId " + p.name());
        }
        excluded.put(p.name(), new SurfaceResolver.Excluded(p.mappingElement(), false, u.typeName(), ""));
      }
    }
    properties.stream()
        .filter(p -> p.searchable() && java.util.Set.of("page", "size", "sort").contains(p.jsonName()))
        .forEach(p -> reporter.report(Message.RESERVED_FILTER_NAME, p.origin(), p.name(), p.jsonName()));
    List<PropertyModel> ids = properties.stream().filter(p -> p.kind() == PropertyKind.ID).toList();
    if (ids.size() > 1) {
      reporter.report(Message.COMPOSITE_ID, ids.get(1).origin(), type.getSimpleName(), "more than one @Id");
    } else if (ids.isEmpty() && reporter.errorCount() == before) {
      reporter.report(Message.NO_ID, type, apiResource, type.getSimpleName());
    }
    if (settings == null || reporter.errorCount() != before) {
      return new Failed();
    }
    PropertyModel id = ids.get(0);
    Optional<PropertyModel> version = properties.stream().filter(p -> p.kind() == PropertyKind.VERSION).findFirst();
    Optional<Surfaces> resolved = surfaces.resolve(type, properties, excluded, settings.operations());
    if (resolved.isEmpty()) {
      return new Failed();
    }
    checkWritable(type, properties, resolved.get(), settings);
    if (settings.operations().contains(Operation.CREATE) && !hasPublicNoArgConstructor(type)) {
      reporter.report(Message.NO_PUBLIC_CONSTRUCTOR, type, apiResource, type.getSimpleName());
    }
    if (reporter.errorCount() != before) {
      return new Failed();
    }
    if (version.isEmpty()) {
      reporter.report(Message.NO_VERSION, type, apiResource, type.getSimpleName());
    }
    warnRequiredNotInCreate(properties, resolved.get(), settings);
    List<PropertyModel> others = properties.stream()
        .filter(p -> p.kind() != PropertyKind.ID && p.kind() != PropertyKind.VERSION).toList();
    return new Scanned(new EntityModel(type.getQualifiedName().toString(), valueTypes.ref(type), settings.path(), id,
        version, others, settings.operations(), settings.security(), settings.paging(), resolved.get(), repository,
        type));
  }

  private void checkWritable(TypeElement type, List<PropertyModel> properties, Surfaces resolved,
      ResourceSettings settings) {
    List<String> written = new ArrayList<>();
    if (settings.operations().contains(Operation.CREATE)) {
      written.addAll(resolved.create());
    }
    if (settings.operations().contains(Operation.UPDATE) || settings.operations().contains(Operation.PATCH)) {
      written.addAll(resolved.update());
    }
    properties.stream()
        .filter(p -> written.contains(p.name()) && !p.access().writable())
        .forEach(p -> reporter.report(Message.INACCESSIBLE_PROPERTY, p.origin(), p.name(), "written", "setter", "Setter"));
  }

  private void warnRequiredNotInCreate(List<PropertyModel> properties, Surfaces resolved, ResourceSettings settings) {
    if (!settings.operations().contains(Operation.CREATE)) {
      return;
    }
    for (PropertyModel p : properties) {
      // a primitive left out of the create surface keeps the value the entity gives it (0, false, its initializer)
      if (p.required() && !p.value().primitive() && SurfaceResolver.acceptable(p, SurfaceKind.CREATE)
          && !resolved.create().contains(p.name())) {
        String why = p.kind() == PropertyKind.ID ? "an assigned @Id"
            : p.kind() == PropertyKind.TO_ONE ? "optional = false" : "not nullable";
        reporter.report(Message.REQUIRED_NOT_IN_CREATE, p.origin(), p.name(), why);
      }
    }
  }

  /** JPA requires a public or protected no-arg constructor; generated code calls it through Spring's BeanUtils. */
  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    return constructors.stream().anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE))
        || Annotations.has(type, "lombok.NoArgsConstructor", "lombok.Data")
            && constructors.stream().noneMatch(c -> c.getParameters().isEmpty());
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.SurfaceKind;

/**
 * Names of the generated classes and of the Jackson types, which move package with the Jackson major
 * version ({@code tools.jackson} in 3, {@code com.fasterxml.jackson} in 2).
 */
final class Names {
  private final String pkg;
  private final String databind;

  Names(DomainModel model) {
    this.pkg = model.generatedPackage();
    this.databind = model.classpath().jacksonDatabindPackage();
  }

  String packageName() {
    return pkg;
  }

  /** A class of the generated package, e.g. {@code ListQuery}. */
  ClassName shared(String simpleName) {
    return ClassName.get(pkg, simpleName);
  }

  ClassName problemFieldError() {
    return shared("ProblemFieldError");
  }

  ClassName problemBody() {
    return shared("ProblemBody");
  }

  ClassName apiProblemException() {
    return shared("ApiProblemException");
  }

  ClassName pageResponse() {
    return shared("PageResponse");
  }

  ClassName pageMetadata() {
    return pageResponse().nestedClass("PageMetadata");
  }

  ClassName listQuery() {
    return shared("ListQuery");
  }

  ClassName sortOrder() {
    return listQuery().nestedClass("SortOrder");
  }

  ClassName jsonMergePatch() {
    return shared("JsonMergePatch");
  }

  ClassName versioned() {
    return shared("Versioned");
  }

  ClassName created() {
    return shared("Created");
  }

  ClassName entityTags() {
    return shared("EntityTags");
  }

  ClassName securityConfiguration() {
    return shared("ArmatureSecurityConfiguration");
  }

  ClassName resourceController() {
    return shared("ResourceController");
  }

  ClassName resourceOperations() {
    return shared("ResourceOperations");
  }

  ClassName resourceDescriptor() {
    return shared("ResourceDescriptor");
  }

  ClassName requestReader() {
    return shared("RequestReader");
  }

  ClassName listFilter() {
    return shared("ListFilter");
  }

  ClassName perEntity(EntityModel entity, String suffix) {
    return ClassName.get(pkg, entity.simpleName() + suffix);
  }

  ClassName repository(EntityModel entity) {
    return entity.repository().map(Types::className).orElseGet(() -> perEntity(entity, "Repository"));
  }

  ClassName controller(EntityModel entity) {
    return perEntity(entity, "Controller");
  }

  /**
   * Whether create and update bodies are one record, {@code BookController.Request}: both operations
   * exist and their surfaces are the same (the default when there is no {@code @Surface}), with the same
   * constraints (a primitive's implied {@code @NotNull} holds on update only, so it makes two records).
   */
  static boolean oneRequestRecord(EntityModel entity) {
    return entity.has(dev.armature.annotations.Operation.CREATE)
        && (entity.has(dev.armature.annotations.Operation.UPDATE) || entity.has(dev.armature.annotations.Operation.PATCH))
        && entity.surfaces().create().equals(entity.surfaces().update())
        && entity.surface(SurfaceKind.CREATE).stream()
            .allMatch(p -> p.constraintsIn(SurfaceKind.CREATE).equals(p.constraintsIn(SurfaceKind.UPDATE)));
  }

  /** {@code BookController.CreateRequest}: the request and response records are nested in the controller. */
  ClassName createRequest(EntityModel entity) {
    return controller(entity).nestedClass(oneRequestRecord(entity) ? "Request" : "CreateRequest");
  }

  ClassName updateRequest(EntityModel entity) {
    return controller(entity).nestedClass(oneRequestRecord(entity) ? "Request" : "UpdateRequest");
  }

  ClassName response(EntityModel entity) {
    return controller(entity).nestedClass("Response");
  }

  /** The list item record: its own one only when the list surface differs from the read surface. */
  ClassName listItem(EntityModel entity) {
    return entity.surfaces().listDiffersFromRead() ? controller(entity).nestedClass("ListItem") : response(entity);
  }

  ClassName objectMapper() {
    return ClassName.get(databind, "ObjectMapper");
  }

  ClassName jsonNode() {
    return ClassName.get(databind, "JsonNode");
  }

  ClassName objectNode() {
    return ClassName.get(databind + ".node", "ObjectNode");
  }

  ClassName jsonNodeFactory() {
    return ClassName.get(databind + ".node", "JsonNodeFactory");
  }

  ClassName jsonNodeType() {
    return ClassName.get(databind + ".node", "JsonNodeType");
  }
}

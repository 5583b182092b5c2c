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

  /** A shared class of the generated package, e.g. {@code ListQuery}; only names {@link GeneratedNames} registers. */
  ClassName shared(String simpleName) {
    return ClassName.get(pkg, GeneratedNames.checkedShared(simpleName));
  }

  ClassName problemDetailsAdvice() {
    return shared(GeneratedNames.PROBLEM_DETAILS_ADVICE);
  }

  ClassName problemFieldError() {
    return shared(GeneratedNames.PROBLEM_FIELD_ERROR);
  }

  ClassName problemDetailsResolver() {
    return shared(GeneratedNames.PROBLEM_DETAILS_RESOLVER);
  }

  ClassName databaseErrors() {
    return shared(GeneratedNames.DATABASE_ERRORS);
  }

  ClassName apiProblemException() {
    return shared(GeneratedNames.API_PROBLEM_EXCEPTION);
  }

  ClassName pageResponse() {
    return shared(GeneratedNames.PAGE_RESPONSE);
  }

  ClassName pageMetadata() {
    return pageResponse().nestedClass("PageMetadata");
  }

  ClassName listQuery() {
    return shared(GeneratedNames.LIST_QUERY);
  }

  ClassName sortOrder() {
    return listQuery().nestedClass("SortOrder");
  }

  ClassName jsonMergePatch() {
    return shared(GeneratedNames.JSON_MERGE_PATCH);
  }

  ClassName versioned() {
    return shared(GeneratedNames.VERSIONED);
  }

  ClassName created() {
    return shared(GeneratedNames.CREATED);
  }

  ClassName entityTags() {
    return shared(GeneratedNames.ENTITY_TAGS);
  }

  ClassName securityConfiguration() {
    return shared(GeneratedNames.SECURITY_CONFIGURATION);
  }

  ClassName openApiController() {
    return shared(GeneratedNames.OPENAPI_CONTROLLER);
  }

  ClassName adminAccountConfiguration() {
    return shared(GeneratedNames.ADMIN_ACCOUNT_CONFIGURATION);
  }

  ClassName resourceController() {
    return shared(GeneratedNames.RESOURCE_CONTROLLER);
  }

  ClassName resourceOperations() {
    return shared(GeneratedNames.RESOURCE_OPERATIONS);
  }

  ClassName resourceDescriptor() {
    return shared(GeneratedNames.RESOURCE_DESCRIPTOR);
  }

  ClassName requestReader() {
    return shared(GeneratedNames.REQUEST_READER);
  }

  ClassName listFilter() {
    return shared(GeneratedNames.LIST_FILTER);
  }

  ClassName perEntity(EntityModel entity, String suffix) {
    return ClassName.get(pkg, entity.simpleName() + GeneratedNames.checkedSuffix(suffix));
  }

  /** The project's repository when the model reuses one, else the generated {@code BookRepository}. */
  ClassName repository(EntityModel entity) {
    return entity.repository().map(Types::className).orElseGet(() -> generatedRepository(entity));
  }

  ClassName generatedRepository(EntityModel entity) {
    return perEntity(entity, GeneratedNames.REPOSITORY_SUFFIX);
  }

  ClassName controller(EntityModel entity) {
    return perEntity(entity, GeneratedNames.CONTROLLER_SUFFIX);
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

package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ResourceOperations}: the transactions of every resource, once for all of them (issue 2: the
 * per-resource services repeated this flow). Writes go through the resource's repository and are flushed
 * inside the transaction, so constraint and optimistic-lock failures surface here as Spring's translated
 * exceptions (409), not at commit. Entity-specific steps are calls back into the resource's controller.
 */
final class ResourceOperationsEmitter {
  static final TypeVariableName E = TypeVariableName.get("E");
  static final TypeVariableName ID = TypeVariableName.get("ID");
  private static final TypeVariableName C = TypeVariableName.get("C");
  private static final TypeVariableName U = TypeVariableName.get("U");
  private static final WildcardTypeName ANY = WildcardTypeName.subtypeOf(Object.class);

  private final Names names;

  ResourceOperationsEmitter(Names names) {
    this.names = names;
  }

  /** {@code ResourceController<E, ID, ?, ?>}, or with {@code C}/{@code U} where the method needs them. */
  TypeName resource(TypeName c, TypeName u) {
    return ParameterizedTypeName.get(names.resourceController(), E, ID, c, u);
  }

  JavaFile emit(DomainModel model) {
    TypeName validator = ParameterizedTypeName.get(Libs.OBJECT_PROVIDER, Libs.VALIDATOR);
    ResourceListMethods list = new ResourceListMethods(names);
    UniqueValueMethods unique = new UniqueValueMethods(names, this);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.resourceOperations())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(GeneratedFiles.bean(Libs.SERVICE, names.resourceOperations()).build())
        .addAnnotation(Libs.TRANSACTIONAL)
        .addJavadoc("The transactions of every resource's API; the entity-specific steps are its controller's.\n")
        .addField(names.objectMapper(), "objectMapper", Modifier.PRIVATE, Modifier.FINAL)
        .addField(validator, "validator", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(Libs.ENTITY_MANAGER, "entityManager", Modifier.PRIVATE)
            .addAnnotation(Libs.PERSISTENCE_CONTEXT).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("The validator is optional: without Hibernate Validator the database still enforces its constraints.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(names.objectMapper(), "objectMapper")
            .addParameter(validator, "validator")
            .addStatement("this.objectMapper = objectMapper")
            .addStatement("this.validator = validator")
            .build())
        .addMethod(list.list())
        .addMethod(list.total())
        .addMethod(get())
        .addMethod(create())
        .addMethod(update())
        .addMethod(patch())
        .addMethod(delete())
        .addMethod(new ParentCollectionMethods().releaseFromParents())
        .addMethod(new ParentCollectionMethods().memberValue())
        .addMethod(find())
        .addMethod(MethodSpec.methodBuilder("identifier")
            .addJavadoc("The id of a managed entity or lazy proxy, read by the provider (a proxy's public fields are never filled).\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(Libs.OBJECT)
            .addParameter(Libs.OBJECT, "entity")
            .addStatement("return entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity)")
            .build())
        .addMethod(readBody())
        .addMethod(save())
        .addMethod(flush())
        .addMethod(unique.checkUnique())
        .addMethod(unique.taken())
        .addMethod(MethodSpec.methodBuilder("reader")
            .addModifiers(Modifier.PRIVATE)
            .returns(names.requestReader())
            .addStatement("return new $T(objectMapper, entityManager)", names.requestReader())
            .build())
        .addMethod(list.predicates())
        .addMethod(list.orders())
        .addMethod(list.name());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private TypeName versioned() {
    return ParameterizedTypeName.get(names.versioned(), Libs.OBJECT);
  }

  private MethodSpec get() {
    return MethodSpec.methodBuilder("get")
        .addAnnotation(ResourceListMethods.readOnly())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(java.util.List.of(E, ID))
        .returns(versioned())
        .addParameter(resource(ANY, ANY), "resource")
        .addParameter(ID, "id")
        .addStatement("$T entity = find(resource, id)", E)
        .addStatement("return new $T<>(resource.toResponse(entity), $T.etag(resource.version(entity)))",
            names.versioned(), names.entityTags())
        .build();
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(java.util.List.of(E, ID, C))
        .returns(ParameterizedTypeName.get(names.created(), Libs.OBJECT))
        .addParameter(resource(C, ANY), "resource")
        .addParameter(names.jsonNode(), "body")
        .addStatement("$T<$T> descriptor = resource.descriptor()", names.resourceDescriptor(), E)
        .addStatement("$T request = readBody(body, descriptor.createFields(), descriptor.readOnlyFields(), resource::readCreate)", C)
        .addStatement("$T entity = $T.instantiateClass(descriptor.entityType())", E, ClassName.get("org.springframework.beans", "BeanUtils"))
        .addStatement("resource.applyCreate(request, entity, reader())")
        .addComment("A field only its mapping requires may be left out when the entity's constructor gives it a value;")
        .addComment("one still null is a 400 naming it rather than a failed insert.")
        .addStatement("$T missing = resource.missingAfterCreate(entity)", Libs.LIST_OF_STRING)
        .beginControlFlow("if (!missing.isEmpty())")
        .addStatement("throw $T.invalid(missing.stream().map(field -> new $T(field, $S)).toList())",
            names.apiProblemException(), names.problemFieldError(), "must not be null")
        .endControlFlow()
        .beginControlFlow("if (descriptor.assignedId())")
        .addComment("A missing assigned id is a 400 even without a validator (JPA would fail: a 500);")
        .addComment("one that exists would make save() merge over the existing row.")
        .addStatement("$T id = resource.id(entity)", ID)
        .beginControlFlow("if (id == null)")
        .addStatement("throw $T.invalid($T.of(new $T(descriptor.idName(), $S)))", names.apiProblemException(), Libs.LIST,
            names.problemFieldError(), "must not be null")
        .endControlFlow()
        .beginControlFlow("if (resource.repository().existsById(id))")
        .addStatement("throw $T.conflict($S + descriptor.entityType().getSimpleName() + $S + id + $S)",
            names.apiProblemException(), "A ", " with id ", " already exists")
        .endControlFlow()
        .endControlFlow()
        .addStatement("checkUnique(resource, entity, null, $T.of())", Libs.MAP)
        .addStatement("$T saved = flush(resource, entity, request)", E)
        .addStatement("return new $T<>(resource.id(saved), resource.toResponse(saved), $T.etag(resource.version(saved)))",
            names.created(), names.entityTags())
        .build();
  }

  private MethodSpec update() {
    return MethodSpec.methodBuilder("update")
        .addJavadoc("Replaces the whole update surface.\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(java.util.List.of(E, ID, U))
        .returns(versioned())
        .addParameter(resource(ANY, U), "resource")
        .addParameter(ID, "id")
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.STRING, "ifMatch")
        .addStatement("$T entity = find(resource, id)", E)
        .addStatement("$T.checkIfMatch(ifMatch, resource.version(entity), name(resource) + $S + id)", names.entityTags(), " ")
        .addStatement("$T<$T> descriptor = resource.descriptor()", names.resourceDescriptor(), E)
        .addStatement("$T request = readBody(body, descriptor.updateFields(), descriptor.readOnlyFields(), resource::readUpdate)", U)
        .addStatement("return save(resource, entity, request)")
        .build();
  }

  /** RFC 7396 applied to the entity's current update surface, then read like a PUT body. */
  private MethodSpec patch() {
    return MethodSpec.methodBuilder("patch")
        .addJavadoc("Applies a JSON Merge Patch (RFC 7396) to the entity's current update surface.\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(java.util.List.of(E, ID, U))
        .returns(versioned())
        .addParameter(resource(ANY, U), "resource")
        .addParameter(ID, "id")
        .addParameter(names.jsonNode(), "patch")
        .addParameter(Libs.STRING, "ifMatch")
        .addStatement("$T entity = find(resource, id)", E)
        .addStatement("$T.checkIfMatch(ifMatch, resource.version(entity), name(resource) + $S + id)", names.entityTags(), " ")
        .addStatement("$T current = objectMapper.createObjectNode()", names.objectNode())
        .addStatement("resource.currentUpdate(entity, current, reader())")
        .addStatement("$T<$T> descriptor = resource.descriptor()", names.resourceDescriptor(), E)
        .addStatement("$T request = readBody($T.apply(current, patch), descriptor.updateFields(), descriptor.readOnlyFields(), "
            + "resource::readUpdate)", U, names.jsonMergePatch())
        .addStatement("return save(resource, entity, request)")
        .build();
  }

  private MethodSpec delete() {
    return MethodSpec.methodBuilder("delete")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(java.util.List.of(E, ID))
        .addParameter(resource(ANY, ANY), "resource")
        .addParameter(ID, "id")
        .addParameter(Libs.STRING, "ifMatch")
        .addStatement("$T entity = find(resource, id)", E)
        .addStatement("$T.checkIfMatch(ifMatch, resource.version(entity), name(resource) + $S + id)", names.entityTags(), " ")
        .addComment("JPA persists an entity again at flush when a loaded parent's cascading collection holds it")
        .addStatement("releaseFromParents(resource.descriptor().entityType(), entity)")
        .beginControlFlow("try")
        .addStatement("resource.repository().delete(entity)")
        .addStatement("resource.repository().flush()")
        .nextControlFlow("catch ($T e)", Libs.DATA_INTEGRITY)
        .addStatement("throw $T.conflict(name(resource) + $S + id + $S)", names.apiProblemException(),
            " ", " is still referenced and cannot be deleted")
        .endControlFlow()
        .beginControlFlow("if (entityManager.contains(entity))")
        .addComment("no 2xx for a delete that did not happen")
        .addStatement("throw $T.conflict(name(resource) + $S + id + $S)", names.apiProblemException(), " ",
            " is held in a collection of another entity that cascades to it, so it cannot be deleted on its own; remove it from that entity instead")
        .endControlFlow()
        .build();
  }

  private MethodSpec find() {
    return MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariables(java.util.List.of(E, ID))
        .returns(E)
        .addParameter(resource(ANY, ANY), "resource")
        .addParameter(ID, "id")
        .addStatement("return resource.repository().findById(id).orElseThrow(() -> $T.notFound($S + name(resource) + $S + id))",
            names.apiProblemException(), "No ", " with id ")
        .build();
  }

  /** A request body: an object, only the surface's fields, each of the right type, then Bean Validation. */
  private MethodSpec readBody() {
    TypeVariableName r = TypeVariableName.get("R");
    return MethodSpec.methodBuilder("readBody")
        .addJavadoc("Reads and validates a request body; every problem becomes one 400 listing the fields.\n")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(r)
        .returns(r)
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.LIST_OF_STRING, "accepted")
        .addParameter(Libs.LIST_OF_STRING, "readOnly")
        .addParameter(ParameterizedTypeName.get(ClassName.get("java.util.function", "BiFunction"), names.jsonNode(),
            names.requestReader(), r), "read")
        .beginControlFlow("if (body == null || !body.isObject())")
        .addStatement("throw $T.badRequest($S)", names.apiProblemException(), "The request body must be a JSON object")
        .endControlFlow()
        .addStatement("$T in = reader()", names.requestReader())
        .addStatement("in.rejectUnknown(body, accepted, readOnly)")
        .addStatement("$T request = read.apply(body, in)", r)
        .addStatement("in.validate(request, validator.getIfAvailable())")
        .addStatement("in.throwIfInvalid()")
        .addStatement("return request")
        .build();
  }

  /**
   * {@code saveAndFlush}, its failure classified by SQLState ({@code DatabaseErrors}): a value too long or a
   * NOT NULL the mapping lacks is a 400 naming the field, not a 409 (issue 9).
   */
  private MethodSpec flush() {
    return MethodSpec.methodBuilder("flush")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariables(java.util.List.of(E, ID))
        .returns(E)
        .addParameter(resource(ANY, ANY), "resource")
        .addParameter(E, "entity")
        .addParameter(Libs.OBJECT, "request")
        .beginControlFlow("try")
        .addStatement("return resource.repository().saveAndFlush(entity)")
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addComment("the request's fields, for a database that names no column (PostgreSQL's value too long)")
        .addStatement("throw $T.classify(e, resource.descriptor().columns(), () -> objectMapper.convertValue(request, $T.class))",
            names.databaseErrors(), Libs.MAP)
        .endControlFlow()
        .build();
  }

  private MethodSpec save() {
    return MethodSpec.methodBuilder("save")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariables(java.util.List.of(E, ID, U))
        .returns(versioned())
        .addParameter(resource(ANY, U), "resource")
        .addParameter(E, "entity")
        .addParameter(U, "request")
        .addComment("a unique value the write leaves as it was is still this row's own: no query for it")
        .addStatement("$T<String, Object> before = new $T<>()", Libs.MAP, ClassName.get("java.util", "HashMap"))
        .addCode("resource.takenUnique(entity, (attribute, value) -> {\n$>before.put(attribute, value);\nreturn false;\n$<});\n")
        .addStatement("resource.applyUpdate(request, entity, reader())")
        .addStatement("checkUnique(resource, entity, resource.id(entity), before)")
        .addStatement("$T saved = flush(resource, entity, request)", E)
        .addStatement("return new $T<>(resource.toResponse(saved), $T.etag(resource.version(saved)))",
            names.versioned(), names.entityTags())
        .build();
  }
}

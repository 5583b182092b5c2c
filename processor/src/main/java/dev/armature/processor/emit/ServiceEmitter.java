package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import javax.lang.model.element.Modifier;

/**
 * {@code BookService}: the transactional operations. Writes go through the repository and are flushed
 * inside the transaction, so constraint and optimistic-lock failures surface here as Spring's translated
 * exceptions (409), not at commit.
 */
final class ServiceEmitter {
  private final Names names;

  ServiceEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(EntityModel entity) {
    ClassName mapper = names.mapper(entity);
    ClassName repository = names.repository(entity);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.service(entity))
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Libs.SERVICE)
        .addAnnotation(Libs.TRANSACTIONAL)
        .addJavadoc("The operations of the {@code $L} API.\n", entity.simpleName())
        .addField(repository, "repository", Modifier.PRIVATE, Modifier.FINAL)
        .addField(mapper, "mapper", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(repository, "repository")
            .addParameter(mapper, "mapper")
            .addStatement("this.repository = repository")
            .addStatement("this.mapper = mapper")
            .build());
    if (entity.has(Operation.LIST)) {
      ServiceListMethods list = new ServiceListMethods(names, entity);
      type.addField(FieldSpec.builder(Libs.ENTITY_MANAGER, "entityManager", Modifier.PRIVATE)
              .addAnnotation(Libs.PERSISTENCE_CONTEXT).build())
          .addMethod(list.list())
          .addMethod(list.predicates())
          .addMethod(list.orders());
      if (list.needsContains()) {
        type.addMethod(list.contains());
      }
    }
    if (entity.has(Operation.READ)) {
      type.addMethod(get(entity));
    }
    if (entity.has(Operation.CREATE)) {
      type.addMethod(create(entity));
    }
    if (entity.has(Operation.UPDATE)) {
      type.addMethod(update(entity, "update", "readUpdate(body)"));
    }
    if (entity.has(Operation.PATCH)) {
      type.addMethod(update(entity, "patch", "readPatch(entity, body)"));
    }
    if (entity.has(Operation.DELETE)) {
      type.addMethod(delete(entity));
    }
    if (entity.has(Operation.READ) || entity.has(Operation.UPDATE) || entity.has(Operation.PATCH)
        || entity.has(Operation.DELETE)) {
      type.addMethod(find(entity));
    }
    return GeneratedFiles.file(names.packageName(), type, entity);
  }

  private TypeName id(EntityModel entity) {
    return Types.boxed(entity.id());
  }

  private ClassName entityClass(EntityModel entity) {
    return Types.className(entity.type());
  }

  private static CodeBlock etag(EntityModel entity, String target, Names names) {
    return entity.version()
        .map(v -> CodeBlock.of("$T.etag($L)", names.entityTags(), PropertyAccess.read(target, v)))
        .orElse(CodeBlock.of("null"));
  }

  private MethodSpec get(EntityModel entity) {
    return MethodSpec.methodBuilder("get")
        .addAnnotation(ServiceListMethods.readOnly())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(names.versioned(), names.response(entity)))
        .addParameter(id(entity), "id")
        .addStatement("$T entity = find(id)", entityClass(entity))
        .addStatement("return new $T<>(mapper.toResponse(entity), $L)", names.versioned(), etag(entity, "entity", names))
        .build();
  }

  private MethodSpec create(EntityModel entity) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(names.created(), names.response(entity)))
        .addParameter(names.jsonNode(), "body")
        .addStatement("$T request = mapper.readCreate(body)", names.createRequest(entity))
        .addStatement("$T entity = $T.instantiateClass($T.class)", entityClass(entity), com.palantir.javapoet.ClassName.get("org.springframework.beans", "BeanUtils"), entityClass(entity))
        .addStatement("mapper.applyCreate(request, entity)");
    if (!entity.id().generated()) {
      // An assigned id that exists would make save() merge over the existing row.
      method.addStatement("$T id = $L", id(entity), PropertyAccess.read("entity", entity.id()))
          .beginControlFlow("if (id != null && repository.existsById(id))")
          .addStatement("throw $T.conflict($S + id + $S)", names.apiProblemException(),
              "A " + entity.simpleName() + " with id ", " already exists")
          .endControlFlow();
    }
    return method.addStatement("$T saved = repository.saveAndFlush(entity)", entityClass(entity))
        .addStatement("return new $T<>($L, mapper.toResponse(saved), $L)", names.created(),
            PropertyAccess.read("saved", entity.id()), etag(entity, "saved", names))
        .build();
  }

  private MethodSpec update(EntityModel entity, String name, String read) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(names.versioned(), names.response(entity)))
        .addParameter(id(entity), "id")
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.STRING, "ifMatch")
        .addStatement("$T entity = find(id)", entityClass(entity))
        .addStatement("$T.checkIfMatch(ifMatch, $L, $S + id)", names.entityTags(),
            entity.version().map(v -> PropertyAccess.read("entity", v)).orElse(CodeBlock.of("null")),
            entity.simpleName() + " ")
        .addStatement("$T request = mapper.$L", names.updateRequest(entity), read)
        .addStatement("mapper.applyUpdate(request, entity)")
        .addStatement("$T saved = repository.saveAndFlush(entity)", entityClass(entity))
        .addStatement("return new $T<>(mapper.toResponse(saved), $L)", names.versioned(), etag(entity, "saved", names))
        .build();
  }

  private MethodSpec delete(EntityModel entity) {
    return MethodSpec.methodBuilder("delete")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(id(entity), "id")
        .addStatement("$T entity = find(id)", entityClass(entity))
        .beginControlFlow("try")
        .addStatement("repository.delete(entity)")
        .addStatement("repository.flush()")
        .nextControlFlow("catch ($T e)", Libs.DATA_INTEGRITY)
        .addStatement("throw $T.conflict($S + id + $S)", names.apiProblemException(),
            entity.simpleName() + " ", " is still referenced and cannot be deleted")
        .endControlFlow()
        .build();
  }

  private MethodSpec find(EntityModel entity) {
    return MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PRIVATE)
        .returns(entityClass(entity))
        .addParameter(id(entity), "id")
        .addStatement("return repository.findById(id).orElseThrow(() -> $T.notFound($S + id))",
            names.apiProblemException(), "No " + entity.simpleName() + " with id ")
        .build();
  }
}

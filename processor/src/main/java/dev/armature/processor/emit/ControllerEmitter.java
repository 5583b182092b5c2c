package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
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
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code BookController}, the one generated class of a resource besides its repository: the HTTP
 * surface of its enabled operations, its request and response records (nested), and how they map to the
 * entity. The flow every resource shares (transactions, ETags, paging, merge patch, problem details) is
 * in {@code ResourceController} and {@code ResourceOperations}, generated once (issue 2).
 */
final class ControllerEmitter {
  private final Names names;

  ControllerEmitter(Names names) {
    this.names = names;
  }

  static boolean hasCreate(EntityModel entity) {
    return entity.has(Operation.CREATE);
  }

  static boolean hasUpdate(EntityModel entity) {
    return entity.has(Operation.UPDATE) || entity.has(Operation.PATCH);
  }

  JavaFile emit(EntityModel entity) {
    TypeName create = hasCreate(entity) ? names.createRequest(entity) : Libs.OBJECT;
    TypeName update = hasUpdate(entity) ? names.updateRequest(entity) : Libs.OBJECT;
    TypeSpec.Builder type = TypeSpec.classBuilder(names.controller(entity))
        .addModifiers(Modifier.PUBLIC)
        .superclass(ParameterizedTypeName.get(names.resourceController(), Types.className(entity.type()),
            Types.boxed(entity.id()), create, update))
        .addJavadoc("{@code /api/$L}: the REST API of {@code $L}, its JSON bodies and how they map to the entity.\n",
            entity.path(), entity.simpleName())
        .addAnnotation(GeneratedFiles.bean(Libs.REST_CONTROLLER, names.controller(entity)).build())
        .addAnnotation(AnnotationSpec.builder(Libs.REQUEST_MAPPING).addMember("value", "$S", "/api/" + entity.path()).build());
    addConstants(type, entity);
    type.addMethod(constructor(entity));
    new ControllerHandlers(names, entity).addTo(type);
    new ControllerMapping(names, entity).addTo(type);
    new ControllerRecords(names, entity).addTo(type);
    return GeneratedFiles.file(names.packageName(), type, entity);
  }

  private void addConstants(TypeSpec.Builder type, EntityModel entity) {
    if (entity.has(Operation.LIST)) {
      type.addField(strings("SORTABLE", entity.sortable().stream().map(PropertyModel::name).toList()));
      CodeBlock filters = entity.searchable().stream().map(this::filter).collect(CodeBlock.joining(",\n", "\n", ""));
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(Libs.LIST, names.listFilter()), "FILTERS",
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(entity.searchable().isEmpty() ? CodeBlock.of("$T.of()", Libs.LIST)
              : CodeBlock.builder().add("$T.of(", Libs.LIST).indent().indent().add(filters).unindent().unindent().add(")").build())
          .build());
    }
    if (Names.oneRequestRecord(entity)) {
      type.addField(strings("REQUEST_FIELDS", jsonNames(entity, SurfaceKind.CREATE)));
    } else if (hasCreate(entity)) {
      type.addField(strings("CREATE_FIELDS", jsonNames(entity, SurfaceKind.CREATE)));
    }
    if (hasUpdate(entity) && !Names.oneRequestRecord(entity)) {
      type.addField(strings("UPDATE_FIELDS", jsonNames(entity, SurfaceKind.UPDATE)));
    }
    if (hasCreate(entity) || hasUpdate(entity)) {
      type.addField(strings("READ_ONLY_FIELDS", entity.allProperties().stream().filter(p -> !p.writable())
          .map(PropertyModel::jsonName).toList()));
    }
  }

  private CodeBlock filter(PropertyModel property) {
    if (property.kind() == PropertyKind.TO_ONE) {
      return CodeBlock.of("$T.relation($S, $S, $S)", names.listFilter(), property.jsonName(), property.name(),
          property.relation().orElseThrow().targetIdName());
    }
    return CodeBlock.of("$T.$L($S)", names.listFilter(), property.value().kind().substringFilter() ? "substring" : "equal",
        property.name());
  }

  private static List<String> jsonNames(EntityModel entity, SurfaceKind kind) {
    return entity.surface(kind).stream().map(PropertyModel::jsonName).toList();
  }

  private static FieldSpec strings(String name, List<String> values) {
    CodeBlock items = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(Libs.LIST_OF_STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Libs.LIST, items)
        .build();
  }

  private static String fields(EntityModel entity, String constant) {
    return Names.oneRequestRecord(entity) ? "REQUEST_FIELDS" : constant;
  }

  /** {@code Map.ofEntries(Map.entry("first_name", "firstName"), ...)}: column to JSON field, id and version included. */
  private static CodeBlock columns(EntityModel entity) {
    List<PropertyModel> all = new ArrayList<>();
    all.add(entity.id());
    entity.version().ifPresent(all::add);
    entity.properties().stream().filter(p -> !all.contains(p)).forEach(all::add);
    // one field per column (Map.ofEntries refuses duplicates): a column mapped twice keeps its first property
    java.util.Map<String, String> byColumn = new java.util.LinkedHashMap<>();
    all.forEach(p -> byColumn.putIfAbsent(p.column().toLowerCase(java.util.Locale.ROOT), p.jsonName()));
    CodeBlock entries = byColumn.entrySet().stream()
        .map(e -> CodeBlock.of("$T.entry($S, $S)", Libs.MAP, e.getKey(), e.getValue()))
        .collect(CodeBlock.joining(", "));
    return CodeBlock.of("$T.ofEntries($L)", Libs.MAP, entries);
  }

  /** The descriptor: what the shared flow needs to know (see {@code ResourceDescriptor}). */
  private MethodSpec constructor(EntityModel entity) {
    ClassName repository = names.repository(entity);
    boolean list = entity.has(Operation.LIST);
    CodeBlock empty = CodeBlock.of("$T.of()", Libs.LIST);
    CodeBlock descriptor = CodeBlock.of("new $T<>($T.class, $S, $L, $L, $L, $L, $L, $L, $L, $L, $L)", names.resourceDescriptor(),
        Types.className(entity.type()), entity.id().name(), !entity.id().generated(),
        entity.paging().defaultPageSize(), entity.paging().maxPageSize(),
        list ? "SORTABLE" : empty, list ? "FILTERS" : empty,
        hasCreate(entity) ? fields(entity, "CREATE_FIELDS") : empty, hasUpdate(entity) ? fields(entity, "UPDATE_FIELDS") : empty,
        hasCreate(entity) || hasUpdate(entity) ? "READ_ONLY_FIELDS" : empty, columns(entity));
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.resourceOperations(), "operations")
        .addParameter(repository, "repository")
        .addStatement("super(operations, repository, $L)", descriptor)
        .build();
  }
}

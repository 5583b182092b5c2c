package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import javax.lang.model.element.Modifier;

/** {@code BookController}: the HTTP surface of one resource, only its enabled operations. */
final class ControllerEmitter {
  private static final String PARAMETERS = "parameters";
  private final Names names;

  ControllerEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(EntityModel entity) {
    ClassName service = names.service(entity);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.controller(entity))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("{@code /api/$L}: the REST API of {@code $L}.\n", entity.path(), entity.simpleName())
        .addAnnotation(Libs.REST_CONTROLLER)
        .addAnnotation(AnnotationSpec.builder(Libs.REQUEST_MAPPING).addMember("value", "$S", "/api/" + entity.path()).build())
        .addField(service, "service", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(service, "service")
            .addStatement("this.service = service")
            .build());
    if (entity.has(Operation.LIST)) {
      type.addField(sortable(entity)).addField(filters(entity)).addMethod(list(entity));
    }
    if (entity.has(Operation.READ)) {
      type.addMethod(get(entity));
    }
    if (entity.has(Operation.CREATE)) {
      type.addMethod(create(entity));
    }
    if (entity.has(Operation.UPDATE)) {
      type.addMethod(update(entity, "update", Libs.PUT_MAPPING, false));
    }
    if (entity.has(Operation.PATCH)) {
      type.addMethod(update(entity, "patch", Libs.PATCH_MAPPING, true));
    }
    if (entity.has(Operation.DELETE)) {
      type.addMethod(delete(entity));
    }
    if (entity.has(Operation.READ) || entity.has(Operation.UPDATE) || entity.has(Operation.PATCH)) {
      type.addMethod(withEtag());
    }
    return GeneratedFiles.file(names.packageName(), type, entity);
  }

  private static FieldSpec sortable(EntityModel entity) {
    CodeBlock items = entity.sortable().stream().map(p -> CodeBlock.of("$S", p.name())).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(Libs.LIST_OF_STRING, "SORTABLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Libs.LIST, items)
        .build();
  }

  private static FieldSpec filters(EntityModel entity) {
    CodeBlock items = entity.searchable().stream().map(p -> CodeBlock.of("$S", p.jsonName())).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(Libs.LIST_OF_STRING, "FILTERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Libs.LIST, items)
        .build();
  }

  private static String parameterName(PropertyModel property) {
    return property.jsonName().equals(PARAMETERS) ? PARAMETERS + "Filter" : property.jsonName();
  }

  private MethodSpec list(EntityModel entity) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("list")
        .addJavadoc("A page of items; {@code page}, {@code size} and {@code sort} are read from all parameters because\n"
            + "Spring MVC would split {@code sort=title,desc} if it bound them.\n")
        .addAnnotation(Libs.GET_MAPPING)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(names.pageResponse(), names.listItem(entity)))
        .addParameter(ParameterSpec.builder(
            ParameterizedTypeName.get(Libs.MULTI_VALUE_MAP, Libs.STRING, Libs.STRING), PARAMETERS)
            .addAnnotation(Libs.REQUEST_PARAM).build());
    for (PropertyModel property : entity.searchable()) {
      ParameterSpec.Builder parameter = ParameterSpec.builder(Types.boxed(property), parameterName(property))
          .addAnnotation(AnnotationSpec.builder(Libs.REQUEST_PARAM)
              .addMember("name", "$S", property.jsonName())
              .addMember("required", "false").build());
      String iso = Types.isoFormat(property.value().kind());
      if (iso != null) {
        parameter.addAnnotation(AnnotationSpec.builder(Libs.DATE_TIME_FORMAT)
            .addMember("iso", "$T.ISO.$L", Libs.DATE_TIME_FORMAT, iso).build());
      }
      method.addParameter(parameter.build());
    }
    CodeBlock filterArgs = entity.searchable().stream()
        .map(p -> CodeBlock.of("$N", parameterName(p)))
        .collect(CodeBlock.joining(", "));
    return method
        .addStatement("$T query = $T.parse($L, $L, $L, SORTABLE, FILTERS)", names.listQuery(), names.listQuery(), PARAMETERS,
            entity.paging().defaultPageSize(), entity.paging().maxPageSize())
        .addStatement("return service.list(query, new $T($L))", names.filter(entity), filterArgs)
        .build();
  }

  private ParameterSpec idParameter(EntityModel entity) {
    return ParameterSpec.builder(Types.boxed(entity.id()), "id")
        .addAnnotation(AnnotationSpec.builder(Libs.PATH_VARIABLE).addMember("value", "$S", "id").build())
        .build();
  }

  private ParameterSpec body() {
    return ParameterSpec.builder(names.jsonNode(), "body").addAnnotation(Libs.REQUEST_BODY).build();
  }

  private TypeName responseOf(EntityModel entity) {
    return ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, names.response(entity));
  }

  private MethodSpec get(EntityModel entity) {
    return MethodSpec.methodBuilder("get")
        .addAnnotation(AnnotationSpec.builder(Libs.GET_MAPPING).addMember("value", "$S", "/{id}").build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseOf(entity))
        .addParameter(idParameter(entity))
        .addStatement("return withEtag($T.ok(), service.get(id))", Libs.RESPONSE_ENTITY)
        .build();
  }

  private MethodSpec create(EntityModel entity) {
    return MethodSpec.methodBuilder("create")
        .addJavadoc("201 with {@code Location} and the read surface.\n")
        .addAnnotation(Libs.POST_MAPPING)
        .addModifiers(Modifier.PUBLIC)
        .returns(responseOf(entity))
        .addParameter(body())
        .addStatement("$T created = service.create(body)",
            ParameterizedTypeName.get(names.created(), names.response(entity)))
        .addStatement("$T location = $T.fromCurrentRequestUri().path($S).buildAndExpand(created.id()).toUri()",
            Libs.URI, Libs.URI_BUILDER, "/{id}")
        .addStatement("$T.BodyBuilder response = $T.created(location)", Libs.RESPONSE_ENTITY, Libs.RESPONSE_ENTITY)
        .beginControlFlow("if (created.etag() != null)")
        .addStatement("response.eTag(created.etag())")
        .endControlFlow()
        .addStatement("return response.body(created.body())")
        .build();
  }

  private MethodSpec update(EntityModel entity, String name, ClassName mapping, boolean mergePatch) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(mapping).addMember("value", "$S", "/{id}");
    if (mergePatch) {
      annotation.addMember("consumes", "{$S, $T.APPLICATION_JSON_VALUE}", "application/merge-patch+json", Libs.MEDIA_TYPE);
    }
    return MethodSpec.methodBuilder(name)
        .addJavadoc(mergePatch ? "JSON Merge Patch (RFC 7396) of the update surface; {@code If-Match} is optional.\n"
            : "Replaces the whole update surface; {@code If-Match} is optional.\n")
        .addAnnotation(annotation.build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseOf(entity))
        .addParameter(idParameter(entity))
        .addParameter(body())
        .addParameter(ParameterSpec.builder(Libs.STRING, "ifMatch")
            .addAnnotation(AnnotationSpec.builder(Libs.REQUEST_HEADER)
                .addMember("name", "$S", "If-Match").addMember("required", "false").build())
            .build())
        .addStatement("return withEtag($T.ok(), service.$L(id, body, ifMatch))", Libs.RESPONSE_ENTITY, name)
        .build();
  }

  private MethodSpec delete(EntityModel entity) {
    return MethodSpec.methodBuilder("delete")
        .addAnnotation(AnnotationSpec.builder(Libs.DELETE_MAPPING).addMember("value", "$S", "/{id}").build())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, ClassName.get(Void.class)))
        .addParameter(idParameter(entity))
        .addStatement("service.delete(id)")
        .addStatement("return $T.noContent().build()", Libs.RESPONSE_ENTITY)
        .build();
  }

  private MethodSpec withEtag() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("withEtag")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(t)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, t))
        .addParameter(Libs.RESPONSE_ENTITY.nestedClass("BodyBuilder"), "response")
        .addParameter(ParameterizedTypeName.get(names.versioned(), t), "versioned")
        .beginControlFlow("if (versioned.etag() != null)")
        .addStatement("response.eTag(versioned.etag())")
        .endControlFlow()
        .addStatement("return response.body(versioned.body())")
        .build();
  }
}

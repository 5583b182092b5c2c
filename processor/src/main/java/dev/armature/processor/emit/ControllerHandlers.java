package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import javax.lang.model.element.Modifier;

/**
 * The request mappings of a generated controller, one per enabled operation, each a call to the shared
 * flow of {@code ResourceController} (whose methods say what each answers). The list filters are typed {@code @RequestParam}s, so a malformed
 * value is Spring MVC's type mismatch, a 400 naming the parameter.
 */
final class ControllerHandlers {
  private static final String PARAMETERS = "parameters";
  private final Names names;
  private final EntityModel entity;

  ControllerHandlers(Names names, EntityModel entity) {
    this.names = names;
    this.entity = entity;
  }

  void addTo(TypeSpec.Builder type) {
    if (entity.has(Operation.LIST)) {
      type.addMethod(list());
    }
    if (entity.has(Operation.READ)) {
      type.addMethod(MethodSpec.methodBuilder("get")
          .addAnnotation(AnnotationSpec.builder(Libs.GET_MAPPING).addMember("value", "$S", "/{id}").build())
          .addModifiers(Modifier.PUBLIC)
          .returns(responseOf())
          .addParameter(idParameter())
          .addParameter(header("If-None-Match", "ifNoneMatch"))
          .addStatement("return getResponse(id, ifNoneMatch)")
          .build());
    }
    if (entity.has(Operation.CREATE)) {
      type.addMethod(MethodSpec.methodBuilder("create")
          .addAnnotation(Libs.POST_MAPPING)
          .addModifiers(Modifier.PUBLIC)
          .returns(responseOf())
          .addParameter(body())
          .addStatement("return createResponse(body)")
          .build());
    }
    if (entity.has(Operation.UPDATE)) {
      type.addMethod(update("update", Libs.PUT_MAPPING, false));
    }
    if (entity.has(Operation.PATCH)) {
      type.addMethod(update("patch", Libs.PATCH_MAPPING, true));
    }
    if (entity.has(Operation.DELETE)) {
      type.addMethod(MethodSpec.methodBuilder("delete")
          .addAnnotation(AnnotationSpec.builder(Libs.DELETE_MAPPING).addMember("value", "$S", "/{id}").build())
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, ClassName.get(Void.class)))
          .addParameter(idParameter())
          .addParameter(ifMatch())
          .addStatement("return deleteResponse(id, ifMatch)")
          .build());
    }
  }

  private static String parameterName(PropertyModel property) {
    return property.jsonName().equals(PARAMETERS) ? PARAMETERS + "Filter" : property.jsonName();
  }

  private MethodSpec list() {
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
    CodeBlock arguments = entity.searchable().stream()
        .map(p -> CodeBlock.of(", $N", parameterName(p)))
        .collect(CodeBlock.joining(""));
    return method.addStatement("return listResponse($N$L)", PARAMETERS, arguments).build();
  }

  private ParameterSpec idParameter() {
    return ParameterSpec.builder(Types.boxed(entity.id()), "id")
        .addAnnotation(AnnotationSpec.builder(Libs.PATH_VARIABLE).addMember("value", "$S", "id").build())
        .build();
  }

  private ParameterSpec body() {
    return ParameterSpec.builder(names.jsonNode(), "body").addAnnotation(Libs.REQUEST_BODY).build();
  }

  private TypeName responseOf() {
    return ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, names.response(entity));
  }

  private MethodSpec update(String name, ClassName mapping, boolean mergePatch) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(mapping).addMember("value", "$S", "/{id}");
    if (mergePatch) {
      annotation.addMember("consumes", "{$S, $T.APPLICATION_JSON_VALUE}", "application/merge-patch+json", Libs.MEDIA_TYPE);
    }
    return MethodSpec.methodBuilder(name)
        .addAnnotation(annotation.build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseOf())
        .addParameter(idParameter())
        .addParameter(body())
        .addParameter(ifMatch())
        .addStatement("return $L(id, body, ifMatch)", mergePatch ? "patchResponse" : "updateResponse")
        .build();
  }

  private static ParameterSpec ifMatch() {
    return header("If-Match", "ifMatch");
  }

  private static ParameterSpec header(String header, String name) {
    return ParameterSpec.builder(Libs.STRING, name)
        .addAnnotation(AnnotationSpec.builder(Libs.REQUEST_HEADER)
            .addMember("name", "$S", header).addMember("required", "false").build())
        .build();
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.openapi.DocumentAccess;
import javax.lang.model.element.Modifier;

/**
 * {@code ArmatureOpenApiController}: serves the OpenAPI description the build wrote into the class output
 * ({@code META-INF/armature/openapi.yaml} and {@code .json}) at {@code GET /api/openapi.yaml} and
 * {@code GET /api/openapi.json}, byte for byte, so tools and clients find it without a hand-written
 * controller. Who may read it is the security configuration's business ({@link DocumentAccess}).
 */
final class OpenApiControllerEmitter {
  static final String SIMPLE_NAME = "ArmatureOpenApiController";
  private static final ClassName INPUT_STREAM = ClassName.get("java.io", "InputStream");
  private static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

  private final Names names;

  OpenApiControllerEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.shared(SIMPLE_NAME);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Serves the OpenAPI description of this API, as the build wrote it: {@code GET $L} and {@code GET $L}.\n",
            DocumentAccess.PATHS.get(0), DocumentAccess.PATHS.get(1))
        // a fully-qualified bean name cannot clash with a bean of the project's
        .addAnnotation(AnnotationSpec.builder(Libs.REST_CONTROLLER).addMember("value", "$S", self.canonicalName()).build())
        .addField(FieldSpec.builder(Libs.MEDIA_TYPE, "YAML", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.parseMediaType($S)", Libs.MEDIA_TYPE, "application/yaml").build())
        .addMethod(endpoint("yaml", DocumentAccess.PATHS.get(0), "META-INF/armature/openapi.yaml", "YAML"))
        .addMethod(endpoint("json", DocumentAccess.PATHS.get(1), "META-INF/armature/openapi.json",
            "MediaType.APPLICATION_JSON"))
        .addMethod(document(self));
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private static MethodSpec endpoint(String name, String path, String resource, String mediaType) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(AnnotationSpec.builder(Libs.GET_MAPPING).addMember("value", "$S", path).build())
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, Libs.OBJECT))
        .addException(IO_EXCEPTION)
        .addStatement("return document($S, $L)", resource, mediaType)
        .build();
  }

  /** The file as it is; a 404 problem (not a 500) when the jar lacks it, e.g. resources filtered out of a repackage. */
  private MethodSpec document(ClassName self) {
    return MethodSpec.methodBuilder("document")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, Libs.OBJECT))
        .addParameter(Libs.STRING, "resource")
        .addParameter(Libs.MEDIA_TYPE, "type")
        .addException(IO_EXCEPTION)
        .beginControlFlow("try ($T in = $T.class.getClassLoader().getResourceAsStream(resource))", INPUT_STREAM, self)
        .beginControlFlow("if (in == null)")
        .addStatement("throw $T.notFound($S + resource)", names.apiProblemException(), "The application was built without ")
        .endControlFlow()
        .addStatement("$T bytes = in.readAllBytes()", BYTES)
        // a preset Content-Type is written as is, whatever the request's Accept says (no 406)
        .addStatement("return $T.ok().contentType(type).body(bytes)", Libs.RESPONSE_ENTITY)
        .endControlFlow()
        .build();
  }
}

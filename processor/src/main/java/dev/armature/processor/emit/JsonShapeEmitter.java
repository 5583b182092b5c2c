package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code JsonShape}: what a JSON value must look like before Jackson converts it to a request field, so
 * that {@code "5"} is not silently read as the number 5 nor {@code 5} as the string "5".
 */
final class JsonShapeEmitter {
  private final Names names;

  JsonShapeEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(names.jsonShape())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The JSON type a request field must have.\n")
        .addEnumConstant("STRING")
        .addEnumConstant("NUMBER")
        .addEnumConstant("INTEGER")
        .addEnumConstant("BOOLEAN")
        .addMethod(MethodSpec.methodBuilder("test")
            .returns(TypeName.BOOLEAN)
            .addParameter(names.jsonNode(), "node")
            .addCode("return switch (this) {\n$>")
            .addCode("case STRING -> node.getNodeType() == $T.STRING;\n", names.jsonNodeType())
            .addCode("case NUMBER -> node.isNumber();\n")
            .addCode("case INTEGER -> node.isIntegralNumber();\n")
            .addCode("case BOOLEAN -> node.isBoolean();\n")
            .addCode("$<};\n")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/** {@code JsonMergePatch}: RFC 7396 applied to Jackson trees, using only API of Jackson 2 and 3. */
final class JsonMergePatchEmitter {
  private final Names names;

  JsonMergePatchEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.jsonMergePatch())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("JSON Merge Patch (RFC 7396): the patch's members replace the target's, {@code null} removes one,\n"
            + "objects merge recursively, anything else (arrays included) replaces whole.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("apply")
            .addJavadoc("The patched copy of {@code target}; the arguments are not changed. A patch that is not an object\n"
                + "would replace the whole resource, which an API of objects cannot accept: 400.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.jsonNode())
            .addParameter(names.jsonNode(), "target")
            .addParameter(names.jsonNode(), "patch")
            .beginControlFlow("if (patch == null || !patch.isObject())")
            .addStatement("throw $T.badRequest($S)", names.apiProblemException(), "A merge patch must be a JSON object")
            .endControlFlow()
            .addStatement("return merge(target, patch)")
            .build())
        .addMethod(MethodSpec.methodBuilder("merge")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(names.jsonNode())
            .addParameter(names.jsonNode(), "target")
            .addParameter(names.jsonNode(), "patch")
            .beginControlFlow("if (!patch.isObject())")
            .addStatement("return patch.deepCopy()")
            .endControlFlow()
            .addStatement("$T result = target != null && target.isObject() ? (($T) target).deepCopy() : $T.instance.objectNode()",
                names.objectNode(), names.objectNode(), names.jsonNodeFactory())
            .beginControlFlow("for ($T entry : patch.properties())",
                ParameterizedTypeName.get(Libs.MAP.nestedClass("Entry"), Libs.STRING, names.jsonNode()))
            .beginControlFlow("if (entry.getValue().isNull())")
            .addStatement("result.remove(entry.getKey())")
            .nextControlFlow("else")
            .addStatement("result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()))")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return result")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }
}

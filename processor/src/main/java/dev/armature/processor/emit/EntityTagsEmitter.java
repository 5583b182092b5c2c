package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/** {@code EntityTags}: strong ETags from {@code @Version} values, the {@code If-Match} and {@code If-None-Match} checks. */
final class EntityTagsEmitter {
  private final Names names;

  EntityTagsEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.entityTags())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("ETags are the entity's {@code @Version}, as strong tags ({@code \"3\"}).\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("etag")
            .addJavadoc("The strong ETag of this version, or null without a version.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Libs.STRING)
            .addParameter(Libs.OBJECT, "version")
            .addStatement("return version == null ? null : '\"' + version.toString() + '\"'")
            .build())
        .addMethod(checkIfMatch())
        .addMethod(noneMatchFails());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  /**
   * If-None-Match (RFC 9110 13.1.2) on a read: weak comparison, so {@code W/"3"} matches {@code "3"}; {@code *}
   * matches any current version. An item without a version has no ETag, and no tag names it.
   */
  private static MethodSpec noneMatchFails() {
    return MethodSpec.methodBuilder("noneMatchFails")
        .addJavadoc("Whether {@code ifNoneMatch} is {@code *} or lists {@code etag} (compared weakly), so a read answers 304;\n"
            + "never without an ETag.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Libs.STRING, "ifNoneMatch")
        .addParameter(Libs.STRING, "etag")
        .beginControlFlow("if (ifNoneMatch == null || etag == null)")
        .addStatement("return false")
        .endControlFlow()
        .beginControlFlow("if (ifNoneMatch.trim().equals($S))", "*")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("for (String tag : ifNoneMatch.split($S))", ",")
        .addStatement("String opaque = tag.trim()")
        .beginControlFlow("if (opaque.startsWith($S))", "W/")
        .addStatement("opaque = opaque.substring(2)")
        .endControlFlow()
        .beginControlFlow("if (opaque.equals(etag))")
        .addStatement("return true")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private MethodSpec checkIfMatch() {
    return MethodSpec.methodBuilder("checkIfMatch")
        .addJavadoc("Throws a 412 unless {@code ifMatch} is absent, {@code *}, or lists the current ETag. The comparison is\n"
            + "strong (RFC 9110 section 13.1.1): a weak tag ({@code W/\"3\"}) never matches.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TypeName.VOID)
        .addParameter(Libs.STRING, "ifMatch")
        .addParameter(Libs.OBJECT, "version")
        .addParameter(Libs.STRING, "what")
        .beginControlFlow("if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals($S))", "*")
        .addStatement("return")
        .endControlFlow()
        .addStatement("String current = etag(version)")
        .beginControlFlow("if (current != null)")
        .beginControlFlow("for (String tag : ifMatch.split($S))", ",")
        .beginControlFlow("if (tag.trim().equals(current))")
        .addStatement("return")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw $T.preconditionFailed($S + ifMatch.trim() + $S + what + (current == null ? $S : $S + current))",
            names.apiProblemException(), "If-Match ", " does not match the current version of ", "", ", whose ETag is ")
        .build();
  }
}

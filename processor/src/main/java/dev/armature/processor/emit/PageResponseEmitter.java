package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * The small generic records of responses: {@code PageResponse<T>} (list bodies, exactly the contract's
 * {@code content}/{@code page} shape), {@code Versioned<T>} (a body and its ETag) and {@code Created<T>}
 * (also the new id, for {@code Location}).
 */
final class PageResponseEmitter {
  private static final TypeVariableName T = TypeVariableName.get("T");
  private final Names names;

  PageResponseEmitter(Names names) {
    this.names = names;
  }

  JavaFile emitPage(DomainModel model) {
    ClassName self = names.pageResponse();
    ClassName metadata = names.pageMetadata();
    TypeName content = ParameterizedTypeName.get(Libs.LIST, T);
    TypeSpec.Builder type = TypeSpec.recordBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("A page of a list response: {@code {\"content\": [...], \"page\": {...}}}.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(content, "content")
            .addParameter(metadata, "page")
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(T)
            .returns(ParameterizedTypeName.get(self, T))
            .addParameter(content, "content")
            .addParameter(TypeName.INT, "size")
            .addParameter(TypeName.INT, "number")
            .addParameter(TypeName.LONG, "totalElements")
            .addStatement("int totalPages = (int) ((totalElements + size - 1) / size)")
            .addStatement("return new $T<>($T.copyOf(content), new $T(size, number, totalElements, totalPages))",
                self, Libs.LIST, metadata)
            .build())
        .addType(TypeSpec.recordBuilder(metadata)
            .addModifiers(Modifier.PUBLIC)
            .recordConstructor(MethodSpec.constructorBuilder()
                .addParameter(TypeName.INT, "size")
                .addParameter(TypeName.INT, "number")
                .addParameter(TypeName.LONG, "totalElements")
                .addParameter(TypeName.INT, "totalPages")
                .build())
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  JavaFile emitVersioned(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(names.versioned())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("A response body and its strong ETag ({@code \"3\"}), or a null ETag when the entity has no\n"
            + "{@code @Version}.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(T, "body")
            .addParameter(Libs.STRING, "etag")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  JavaFile emitCreated(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(names.created())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(T)
        .addJavadoc("A created resource: its id (for {@code Location}), its body and its ETag (null without {@code @Version}).\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(Libs.OBJECT, "id")
            .addParameter(T, "body")
            .addParameter(Libs.STRING, "etag")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }
}

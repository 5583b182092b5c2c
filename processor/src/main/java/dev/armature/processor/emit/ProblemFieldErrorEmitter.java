package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ProblemFieldError}, one entry of the {@code errors} property of a problem. The problem itself is
 * Spring's {@code ProblemDetail} (issue 9), which Spring's Jackson converters write with its properties
 * at the top level.
 */
final class ProblemFieldErrorEmitter {
  private final Names names;

  ProblemFieldErrorEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(names.problemFieldError())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("One invalid field or parameter of a request: its JSON name and what is wrong with it.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(Libs.STRING, "field")
            .addParameter(Libs.STRING, "message")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.EntityModel;
import java.util.Objects;

/**
 * The one place that finishes a generated type: {@code @Generated} without a date (same inputs, same
 * bytes) and the entities it came from as originating elements, for incremental compilation.
 */
final class GeneratedFiles {
  static final String GENERATOR = "dev.armature.processor.ArmatureProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedFiles() {}

  static JavaFile file(String packageName, TypeSpec.Builder type, Iterable<EntityModel> origins) {
    type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
    for (EntityModel origin : origins) {
      if (origin.origin() != null) {
        type.addOriginatingElement(origin.origin());
      }
    }
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).indent("    ").build();
  }

  static JavaFile file(String packageName, TypeSpec.Builder type, EntityModel origin) {
    return file(packageName, type, java.util.List.of(Objects.requireNonNull(origin)));
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.EntityModel;
import java.util.Map;
import java.util.Objects;

/**
 * The one place that finishes a generated type: {@code @Generated} without a date (same inputs, same
 * bytes), the entities it came from as originating elements, for incremental compilation, and the check
 * that a Spring bean it declares carries its own name.
 */
final class GeneratedFiles {
  static final String GENERATOR = "dev.armature.processor.ArmatureProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /**
   * The stereotypes generated types use, with the attribute that is the bean name: {@code value} is an
   * alias of {@code @Component}'s, except on the advice annotations, where {@code value} means base
   * packages and {@code name} (Spring Framework 6.1) is the bean name.
   */
  private static final Map<ClassName, String> BEAN_NAME_ATTRIBUTE = Map.of(
      Libs.REST_CONTROLLER, "value",
      Libs.SERVICE, "value",
      Libs.COMPONENT, "value",
      Libs.CONFIGURATION, "value",
      Libs.REPOSITORY, "value",
      Libs.REST_CONTROLLER_ADVICE, "name",
      ClassName.get("org.springframework.web.bind.annotation", "ControllerAdvice"), "name");

  private GeneratedFiles() {}

  /**
   * {@code @RestController("com.example.api.BookController")}: the generated class's qualified name as its
   * bean name. Spring derives a default name from the simple name ({@code bookController}), which a
   * project's own {@code x.owner.BookController} takes too, and the context then refuses to start
   * ({@code ConflictingBeanDefinitionException}, issue 9); no project bean is named with a qualified name
   * of a type that Armature owns. Spring Data names a repository by the same stereotype on its interface.
   */
  static AnnotationSpec.Builder bean(ClassName stereotype, ClassName self) {
    String attribute = Objects.requireNonNull(BEAN_NAME_ATTRIBUTE.get(stereotype), () -> stereotype + " is not a stereotype");
    return AnnotationSpec.builder(stereotype).addMember(attribute, "$S", self.canonicalName());
  }

  static JavaFile file(String packageName, TypeSpec.Builder type, Iterable<EntityModel> origins) {
    type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
    for (EntityModel origin : origins) {
      if (origin.origin() != null) {
        type.addOriginatingElement(origin.origin());
      }
    }
    TypeSpec spec = type.build();
    checkBeanNamed(packageName, spec);
    return JavaFile.builder(packageName, spec).skipJavaLangImports(true).indent("    ").build();
  }

  static JavaFile file(String packageName, TypeSpec.Builder type, EntityModel origin) {
    return file(packageName, type, java.util.List.of(Objects.requireNonNull(origin)));
  }

  /** A generated bean without its own name is a bug of Armature's: it would clash with a project's bean. */
  private static void checkBeanNamed(String packageName, TypeSpec spec) {
    for (AnnotationSpec annotation : spec.annotations()) {
      String attribute = BEAN_NAME_ATTRIBUTE.get(annotation.type());
      if (attribute != null && !annotation.members().containsKey(attribute)) {
        throw new IllegalStateException(packageName + "." + spec.name() + " is a Spring bean without an explicit "
            + "name; annotate it with GeneratedFiles.bean(" + annotation.type() + ", self)");
      }
    }
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.EntityModel;
import javax.lang.model.element.Modifier;

/** {@code BookRepository}, only when the project has no {@code JpaRepository<Book, Long>} of its own. */
final class RepositoryEmitter {
  private final Names names;

  RepositoryEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(EntityModel entity) {
    ClassName self = names.generatedRepository(entity);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The Spring Data repository of {@code $L}; its proxy translates persistence exceptions.\n",
            entity.simpleName())
        // Spring Data takes the bean name from the stereotype's value on the interface (RepositoryBeanNameGenerator)
        .addAnnotation(GeneratedFiles.bean(Libs.REPOSITORY, self).build())
        .addSuperinterface(ParameterizedTypeName.get(Libs.JPA_REPOSITORY,
            Types.className(entity.type()), Types.boxed(entity.id())));
    return GeneratedFiles.file(names.packageName(), type, entity);
  }
}

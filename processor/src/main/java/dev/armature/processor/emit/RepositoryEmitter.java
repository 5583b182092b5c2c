package dev.armature.processor.emit;

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
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(names.perEntity(entity, "Repository"))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The Spring Data repository of {@code $L}; its proxy translates persistence exceptions.\n",
            entity.simpleName())
        .addSuperinterface(ParameterizedTypeName.get(Libs.JPA_REPOSITORY,
            Types.className(entity.type()), Types.boxed(entity.id())));
    return GeneratedFiles.file(names.packageName(), type, entity);
  }
}

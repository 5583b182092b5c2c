package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The per-entity records: {@code BookCreateRequest}/{@code BookUpdateRequest} (with the entity's
 * constraints), {@code BookResponse}/{@code BookListItem} and {@code BookFilter}. Components are named
 * by JSON name ({@code authorId}) and boxed, so {@code null} means "not given".
 */
final class RecordEmitters {
  private final Names names;

  RecordEmitters(Names names) {
    this.names = names;
  }

  /** {@code BookCreateRequest} or {@code BookUpdateRequest}. */
  JavaFile request(EntityModel entity, SurfaceKind kind) {
    ClassName name = kind == SurfaceKind.CREATE ? names.createRequest(entity) : names.updateRequest(entity);
    String what = kind == SurfaceKind.CREATE ? "A create ({@code POST})" : "An update ({@code PUT} and {@code PATCH})";
    return record(entity, name, what + " request body of {@code $L}: the {@code $L} surface.\n", kind, true);
  }

  /** {@code BookResponse} or {@code BookListItem}. */
  JavaFile response(EntityModel entity, SurfaceKind kind) {
    ClassName name = kind == SurfaceKind.READ ? names.response(entity) : names.listItem(entity);
    String what = kind == SurfaceKind.READ ? "A response body of {@code $L}" : "An item of a list of {@code $L}";
    return record(entity, name, what + ": the {@code $L} surface.\n", kind, false);
  }

  JavaFile filter(EntityModel entity) {
    TypeSpec.Builder type = recordOf(names.filter(entity), entity.searchable(), false)
        .addJavadoc("The list filters of {@code $L}; null means not filtered.\n", entity.simpleName());
    return GeneratedFiles.file(names.packageName(), type, entity);
  }

  private JavaFile record(EntityModel entity, ClassName name, String javadoc, SurfaceKind kind, boolean constraints) {
    TypeSpec.Builder type = recordOf(name, entity.surface(kind), constraints)
        .addJavadoc(javadoc, entity.simpleName(), kind.surfaceName());
    return GeneratedFiles.file(names.packageName(), type, entity);
  }

  private static TypeSpec.Builder recordOf(ClassName name, List<PropertyModel> properties, boolean constraints) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (PropertyModel property : properties) {
      ParameterSpec.Builder component = ParameterSpec.builder(Types.boxed(property), property.jsonName());
      if (constraints) {
        for (ConstraintModel constraint : property.constraints()) {
          component.addAnnotation(Types.annotation(constraint));
        }
      }
      constructor.addParameter(component.build());
    }
    return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).recordConstructor(constructor.build());
  }
}

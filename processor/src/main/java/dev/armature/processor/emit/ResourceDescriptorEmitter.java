package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ResourceDescriptor<E>}: the facts of one resource the shared CRUD flow needs besides its code
 * (entity class, id name, paging, sortable properties, filters, the JSON fields of each body). Each
 * generated controller makes one from constants; nothing about a resource is looked up at run time.
 */
final class ResourceDescriptorEmitter {
  private final Names names;

  ResourceDescriptorEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeVariableName e = TypeVariableName.get("E");
    TypeName strings = Libs.LIST_OF_STRING;
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addStatement("sortable = $T.copyOf(sortable)", Libs.LIST)
        .addStatement("filters = $T.copyOf(filters)", Libs.LIST)
        .addStatement("createFields = $T.copyOf(createFields)", Libs.LIST)
        .addStatement("updateFields = $T.copyOf(updateFields)", Libs.LIST)
        .addStatement("readOnlyFields = $T.copyOf(readOnlyFields)", Libs.LIST)
        .addStatement("columns = $T.copyOf(columns)", Libs.MAP);
    MethodSpec components = MethodSpec.constructorBuilder()
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), e), "entityType")
        .addParameter(Libs.STRING, "idName")
        .addParameter(ParameterSpec.builder(TypeName.BOOLEAN, "assignedId").build())
        .addParameter(TypeName.INT, "defaultPageSize")
        .addParameter(TypeName.INT, "maxPageSize")
        .addParameter(strings, "sortable")
        .addParameter(ParameterizedTypeName.get(Libs.LIST, names.listFilter()), "filters")
        .addParameter(strings, "createFields")
        .addParameter(strings, "updateFields")
        .addParameter(strings, "readOnlyFields")
        .addParameter(ParameterizedTypeName.get(Libs.MAP, Libs.STRING, Libs.STRING), "columns")
        .build();
    TypeSpec.Builder type = TypeSpec.recordBuilder(names.resourceDescriptor())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(e)
        .addJavadoc("What the shared CRUD flow needs to know about one resource besides its code.\n\n"
            + "@param entityType the entity class\n"
            + "@param idName the id property, the last sort key of every list (stable pages)\n"
            + "@param assignedId whether a create may carry the id (then an id that exists is a 409)\n"
            + "@param defaultPageSize list page size when a request gives none\n"
            + "@param maxPageSize larger sizes are clamped to it\n"
            + "@param sortable the properties {@code sort} accepts\n"
            + "@param filters the list filters, in the order the controller passes their values\n"
            + "@param createFields the JSON fields a create body may hold\n"
            + "@param updateFields the JSON fields an update body or merge patch may hold\n"
            + "@param readOnlyFields the JSON fields no request may set (said so rather than \"not accepted\")\n"
            + "@param columns the database column of each JSON field, as Spring Boot names it: what a failed write's SQL error names\n")
        .recordConstructor(components)
        .addMethod(constructor.build())
        .addMethod(MethodSpec.methodBuilder("filterNames")
            .addJavadoc("The query parameters of the filters.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(strings)
            .addStatement("return filters.stream().map($T::parameter).toList()", names.listFilter())
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }
}

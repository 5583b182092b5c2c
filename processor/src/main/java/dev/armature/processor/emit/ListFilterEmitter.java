package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ListFilter}: one {@code @Searchable} property as a list filter and its Criteria predicate:
 * strings by case-insensitive substring with {@code %}, {@code _} and {@code \} taken literally, a to-one
 * relation by the related id, anything else by equality.
 */
final class ListFilterEmitter {
  private final Names names;

  ListFilterEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    MethodSpec components = MethodSpec.constructorBuilder()
        .addParameter(Libs.STRING, "parameter")
        .addParameter(Libs.STRING, "property")
        .addParameter(Libs.STRING, "relatedId")
        .addParameter(TypeName.BOOLEAN, "substring")
        .build();
    TypeSpec.Builder type = TypeSpec.recordBuilder(names.listFilter())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A list filter.\n\n"
            + "@param parameter the query parameter ({@code title}, {@code authorId})\n"
            + "@param property the entity property it compares ({@code title}, {@code author})\n"
            + "@param relatedId for a to-one relation, the related entity's id property; else null\n"
            + "@param substring whether it matches strings by case-insensitive substring rather than equality\n")
        .recordConstructor(components)
        .addMethod(factory("substring", "A string property, matched by case-insensitive substring.",
            "new $T(property, property, null, true)"))
        .addMethod(factory("equal", "A property matched by equality.", "new $T(property, property, null, false)"))
        .addMethod(MethodSpec.methodBuilder("relation")
            .addJavadoc("A to-one relation, matched by the related entity's id.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.listFilter())
            .addParameter(Libs.STRING, "parameter")
            .addParameter(Libs.STRING, "property")
            .addParameter(Libs.STRING, "relatedId")
            .addStatement("return new $T(parameter, property, relatedId, false)", names.listFilter())
            .build())
        .addMethod(predicate())
        .addMethod(contains());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private MethodSpec factory(String name, String javadoc, String body) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc + "\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.listFilter())
        .addParameter(Libs.STRING, "property")
        .addStatement("return " + body, names.listFilter())
        .build();
  }

  private static MethodSpec predicate() {
    return MethodSpec.methodBuilder("predicate")
        .addJavadoc("The predicate that keeps the rows whose property matches {@code value}.\n")
        .returns(Libs.JPA_PREDICATE)
        .addParameter(Libs.CRITERIA_BUILDER, "cb")
        .addParameter(ParameterizedTypeName.get(Libs.ROOT, WildcardTypeName.subtypeOf(Object.class)), "root")
        .addParameter(Libs.OBJECT, "value")
        .beginControlFlow("if (relatedId != null)")
        .addStatement("return cb.equal(root.get(property).get(relatedId), value)")
        .endControlFlow()
        .beginControlFlow("if (substring)")
        .addStatement("return cb.like(cb.lower(root.<$T>get(property)), contains((String) value), '\\\\')", String.class)
        .endControlFlow()
        .addStatement("return cb.equal(root.get(property), value)")
        .build();
  }

  private static MethodSpec contains() {
    return MethodSpec.methodBuilder("contains")
        .addJavadoc("A LIKE pattern matching {@code value} anywhere, case-insensitively, its wildcards taken literally.\n")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "value")
        .addStatement("return $S + value.toLowerCase($T.ROOT).replace($S, $S).replace($S, $S).replace($S, $S) + $S",
            "%", Libs.LOCALE, "\\", "\\\\", "%", "\\%", "_", "\\_", "%")
        .build();
  }
}

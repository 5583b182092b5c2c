package dev.armature.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ListQuery}: page, size and sort of a list request, parsed from all query parameters. Sort is
 * read from the raw values because Spring MVC splits {@code ?sort=title,desc} into two values when it
 * binds a {@code List<String>}.
 */
final class ListQueryEmitter {
  private final Names names;

  ListQueryEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.listQuery();
    TypeSpec.Builder type = TypeSpec.recordBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Page ({@code page} from 0), size (clamped to the maximum) and sort orders of a list request.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "page")
            .addParameter(TypeName.INT, "size")
            .addParameter(ParameterizedTypeName.get(Libs.LIST, names.sortOrder()), "sort")
            .build())
        .addMethod(parse())
        .addMethod(MethodSpec.methodBuilder("offset")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return page * size")
            .build())
        .addMethod(parseCount())
        .addType(TypeSpec.recordBuilder(names.sortOrder())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Sort by this property (a Java property name), ascending or descending.\n")
            .recordConstructor(MethodSpec.constructorBuilder()
                .addParameter(Libs.STRING, "property")
                .addParameter(TypeName.BOOLEAN, "ascending")
                .build())
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  /**
   * Digits only (an optional {@code +} aside), so that any all-digits value is a count: one beyond
   * {@code long} is only ever too large, and {@code Long.MAX_VALUE} says so (a size is clamped, a page refused).
   */
  private static MethodSpec parseCount() {
    return MethodSpec.methodBuilder("parseCount")
        .addJavadoc("The whole number a {@code page} or {@code size} gives, at most {@code Long.MAX_VALUE}; -1 when it is none.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.LONG)
        .addParameter(Libs.STRING, "value")
        .addStatement("String digits = value.trim()")
        .addStatement("digits = digits.startsWith($S) ? digits.substring(1) : digits", "+")
        .beginControlFlow("if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9'))")
        .addStatement("return -1")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return $T.parseLong(digits)", Long.class)
        .nextControlFlow("catch ($T e)", NumberFormatException.class)
        .addStatement("return $T.MAX_VALUE", Long.class)
        .endControlFlow()
        .build();
  }

  private MethodSpec parse() {
    ClassName error = names.problemFieldError();
    return MethodSpec.methodBuilder("parse")
        .addJavadoc("Reads {@code page}, {@code size} and every {@code sort=property[,asc|desc]}; any bad value, any\n"
            + "parameter that is neither one of these nor a filter (a mistyped filter would otherwise match everything),\n"
            + "any but {@code sort} given more than once (Spring MVC would join or drop the values), and a date filter\n"
            + "outside the years 0001 to 9999 is a 400 naming the parameter. {@code filterValues} are the filters'\n"
            + "bound values, in the order of {@code filters}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.listQuery())
        .addParameter(ParameterizedTypeName.get(Libs.MULTI_VALUE_MAP, Libs.STRING, Libs.STRING), "parameters")
        .addParameter(TypeName.INT, "defaultSize")
        .addParameter(TypeName.INT, "maxSize")
        .addParameter(Libs.LIST_OF_STRING, "sortable")
        .addParameter(Libs.LIST_OF_STRING, "filters")
        .addParameter(ArrayTypeName.of(Libs.OBJECT), "filterValues")
        .varargs()
        .addStatement("$T<$T> errors = new $T<>()", Libs.LIST, error, Libs.ARRAY_LIST)
        .beginControlFlow("for (String name : parameters.keySet())")
        .beginControlFlow("if (!name.equals($S) && !name.equals($S) && !name.equals($S) && !filters.contains(name))",
            "page", "size", "sort")
        .addStatement("errors.add(new $T(name, $S + (filters.isEmpty() ? $S : $S + $T.join($S, filters))))", error,
            "is not a parameter of this list; use page, size, sort", "", " or a filter: ", Libs.STRING, ", ")
        .nextControlFlow("else if (!name.equals($S) && parameters.get(name).size() > 1)", "sort")
        .addStatement("errors.add(new $T(name, $S))", error, "is given more than once")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < filterValues.length && i < filters.size(); i++)")
        .addStatement("String outOfRange = $T.outOfRange(filterValues[i])", names.requestReader())
        .beginControlFlow("if (outOfRange != null)")
        .addStatement("errors.add(new $T(filters.get(i), outOfRange))", error)
        .endControlFlow()
        .endControlFlow()
        .addCode(parseSize(error))
        .addCode(parsePage(error))
        .addStatement("$T<$T> sort = new $T<>()", Libs.LIST, names.sortOrder(), Libs.ARRAY_LIST)
        .addStatement("$T sortValues = parameters.get($S)", Libs.LIST_OF_STRING, "sort")
        .beginControlFlow("for (String value : sortValues == null ? $T.<String>of() : sortValues)", Libs.LIST)
        .addCode(parseSortValue(error))
        .endControlFlow()
        .beginControlFlow("if (!errors.isEmpty())")
        .addStatement("throw $T.badRequest($S, errors)", names.apiProblemException(),
            "The list request has invalid parameters")
        .endControlFlow()
        .addStatement("return new $T(page, size, $T.copyOf(sort))", names.listQuery(), Libs.LIST)
        .build();
  }

  /**
   * A page beyond the last item is an empty page, but one whose offset ({@code page * size}, an {@code int} in
   * JPA's {@code setFirstResult}) cannot be expressed is a 400 saying the largest page there is for this size:
   * an empty page would have to report a page number the response's {@code int} cannot hold either.
   */
  private static CodeBlock parsePage(ClassName error) {
    return CodeBlock.builder()
        .addStatement("int page = 0")
        .addStatement("String pageValue = parameters.getFirst($S)", "page")
        .beginControlFlow("if (pageValue != null)")
        .addStatement("long count = parseCount(pageValue)")
        .addStatement("int lastPage = $T.MAX_VALUE / size", Integer.class)
        .beginControlFlow("if (count < 0)")
        .addStatement("errors.add(new $T($S, $S))", error, "page", "must be a whole number, 0 or more")
        .nextControlFlow("else if (count > lastPage)")
        .addStatement("errors.add(new $T($S, $S + lastPage + $S + size))", error, "page", "must be at most ",
            " with size ")
        .nextControlFlow("else")
        .addStatement("page = (int) count")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /** DESIGN.md: a size above the maximum is clamped, however many digits it has. */
  private static CodeBlock parseSize(ClassName error) {
    return CodeBlock.builder()
        .addStatement("int size = defaultSize")
        .addStatement("String sizeValue = parameters.getFirst($S)", "size")
        .beginControlFlow("if (sizeValue != null)")
        .addStatement("long count = parseCount(sizeValue)")
        .beginControlFlow("if (count < 1)")
        .addStatement("errors.add(new $T($S, $S))", error, "size", "must be a whole number, 1 or more")
        .nextControlFlow("else")
        .addStatement("size = (int) $T.min(count, maxSize)", Math.class)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private CodeBlock parseSortValue(ClassName error) {
    return CodeBlock.builder()
        .beginControlFlow("if (value.isBlank())")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("String[] parts = value.split($S, -1)", ",")
        .addStatement("String property = parts[0].trim()")
        .beginControlFlow("if (parts.length > 2 || property.isEmpty())")
        .addStatement("errors.add(new $T($S, $S + value + $S))", error, "sort",
            "must be property[,asc|desc], was '", "'")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("String direction = parts.length == 2 ? parts[1].trim().toLowerCase($T.ROOT) : $S",
            Libs.LOCALE, "asc")
        .beginControlFlow("if (!direction.equals($S) && !direction.equals($S))", "asc", "desc")
        .addStatement("errors.add(new $T($S, $S + parts[1].trim() + $S))", error, "sort",
            "direction must be asc or desc, was '", "'")
        .nextControlFlow("else if (!sortable.contains(property))")
        .addStatement("errors.add(new $T($S, $S + property + $S + String.join($S, sortable)))", error, "sort",
            "cannot sort on '", "'; sortable: ", ", ")
        .nextControlFlow("else")
        .addStatement("sort.add(new $T(property, direction.equals($S)))", names.sortOrder(), "asc")
        .endControlFlow()
        .build();
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code DatabaseErrors}: what a failed write says, by SQLState (issue 9). The translated exceptions of
 * Spring and Hibernate do not tell a value too long from a unique value taken (both are a
 * {@code DataIntegrityViolationException}), the SQLState of the driver's {@code SQLException} in the cause
 * chain does: class 22 (data exception) and 23502 (not null) are the client's 400, 23505 (unique) and
 * 23503/23506 (foreign key) a 409, class 08, 40001 and 40P01 transient (503). The column comes from the
 * driver's message (H2 and PostgreSQL name it, except PostgreSQL's 22001) and is mapped back to the JSON
 * field through the resource's columns.
 */
final class DatabaseErrorsEmitter {
  private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  private static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  private static final ClassName MATCHER = ClassName.get("java.util.regex", "Matcher");
  private static final TypeName COLUMNS = ParameterizedTypeName.get(Libs.MAP, Libs.STRING, Libs.STRING);
  private static final TypeName ANY = WildcardTypeName.subtypeOf(Object.class);
  /** {@code Supplier<? extends Map<?, ?>>}: what {@code ObjectMapper.convertValue(request, Map.class)} gives, unchecked-free. */
  private static final TypeName REQUEST = ParameterizedTypeName.get(ClassName.get("java.util.function", "Supplier"),
      WildcardTypeName.subtypeOf(ParameterizedTypeName.get(Libs.MAP, ANY, ANY)));

  private final Names names;

  DatabaseErrorsEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.databaseErrors())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("A failed write as the client's error, by the SQLState the database gave; see {@link #classify}.\n")
        .addField(pattern("COLUMN", "(?i)column \"([^\"]+)\""))
        .addField(pattern("LENGTH", "\\((\\d+)\\)"))
        .addField(pattern("KEY", "Key \\(([^)]+)\\)="))
        .addField(pattern("FOREIGN_KEY", "(?i)FOREIGN KEY\\s*\\(([^)]+)\\)"))
        .addField(pattern("UNIQUE_INDEX", "(?i) ON [\\w.\"]+\\(([^)]+)\\)"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(classify())
        .addMethod(invalid())
        .addMethod(tooLong())
        .addMethod(conflict())
        .addMethod(isTransient())
        .addMethod(sqlException())
        .addMethod(columns())
        .addMethod(field())
        .addMethod(normalized());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private static FieldSpec pattern(String name, String regex) {
    return FieldSpec.builder(PATTERN, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.compile($S)", PATTERN, regex).build();
  }

  private MethodSpec classify() {
    return MethodSpec.methodBuilder("classify")
        .addJavadoc("The client's error this failure of a write's flush is ({@code ApiProblemException}), or the failure\n"
            + "itself when it is not one (a transient failure is the advice's 503; anything else stays what it was).\n\n"
            + "@param columns the resource's columns and their JSON fields\n"
            + "@param request the request's JSON fields and values, read only when the database names no column\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeException.class)
        .addParameter(RuntimeException.class, "failure")
        .addParameter(COLUMNS, "columns")
        .addParameter(REQUEST, "request")
        .addStatement("$T sql = sqlException(failure)", SQL_EXCEPTION)
        .addStatement("String state = sql == null ? null : sql.getSQLState()")
        .beginControlFlow("if (state == null || isTransient(failure))")
        .addStatement("return failure")
        .endControlFlow()
        .addStatement("String message = String.valueOf(sql.getMessage())")
        .beginControlFlow("if (state.equals($S))", "22001")
        .addStatement("return tooLong(message, columns, request)")
        .endControlFlow()
        .beginControlFlow("if (state.startsWith($S))", "22")
        .addStatement("String what = state.equals($S) ? $S : state.equals($S) || state.equals($S) ? $S : $S",
            "22003", "is out of range for its column", "22007", "22008", "is not a date or time its column accepts",
            "has a value its column does not accept")
        .addStatement("return invalid(columns(COLUMN, message), columns, what)")
        .endControlFlow()
        .beginControlFlow("if (state.equals($S))", "23502")
        .addStatement("return invalid(columns(COLUMN, message), columns, $S)", "must not be null")
        .endControlFlow()
        .beginControlFlow("if (state.equals($S))", "23505")
        .addStatement("$T<String> named = columns(KEY, message)", Libs.LIST)
        .addStatement("return conflict(named.isEmpty() ? columns(UNIQUE_INDEX, message) : named, columns, $S, $S)",
            "is already taken", "A value that must be unique is already taken")
        .endControlFlow()
        .beginControlFlow("if (state.equals($S) || state.equals($S))", "23503", "23506")
        .addStatement("$T<String> named = columns(FOREIGN_KEY, message)", Libs.LIST)
        .addStatement("return conflict(named.isEmpty() ? columns(KEY, message) : named, columns, $S, $S)",
            "refers to an item that does not exist", "A reference to another item does not hold")
        .endControlFlow()
        .addStatement("return failure")
        .build();
  }

  /** A 400 naming each field, or the column where no field maps to it. */
  private MethodSpec invalid() {
    return MethodSpec.methodBuilder("invalid")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(names.apiProblemException())
        .addParameter(Libs.LIST_OF_STRING, "named")
        .addParameter(COLUMNS, "columns")
        .addParameter(Libs.STRING, "what")
        .addStatement("$T<$T> errors = new $T<>()", Libs.LIST, names.problemFieldError(), Libs.ARRAY_LIST)
        .addStatement("$T<String> unmapped = new $T<>()", Libs.LIST, Libs.ARRAY_LIST)
        .beginControlFlow("for (String column : named)")
        .addStatement("String field = field(columns, column)")
        .beginControlFlow("if (field == null)")
        .addStatement("unmapped.add(column)")
        .nextControlFlow("else")
        .addStatement("errors.add(new $T(field, what))", names.problemFieldError())
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("if (unmapped.isEmpty() && !errors.isEmpty())")
        .addStatement("return $T.invalid(errors)", names.apiProblemException())
        .endControlFlow()
        .addStatement("String where = unmapped.isEmpty() ? $S : $S + String.join($S, unmapped)", "A value of the request",
            "The value of column ", ", ")
        .addStatement("return $T.badRequest(where + $S + what, errors)", names.apiProblemException(), " ")
        .build();
  }

  /** PostgreSQL names no column for 22001, only the length: the request's strings longer than it are the suspects. */
  private MethodSpec tooLong() {
    return MethodSpec.methodBuilder("tooLong")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(names.apiProblemException())
        .addParameter(Libs.STRING, "message")
        .addParameter(COLUMNS, "columns")
        .addParameter(REQUEST, "request")
        .addStatement("$T length = LENGTH.matcher(message)", MATCHER)
        .addStatement("int max = length.find() ? Integer.parseInt(length.group(1)) : -1")
        .addStatement("String what = max < 0 ? $S : $S + max + $S", "is longer than its column allows",
            "is longer than its column allows (at most ", " characters)")
        .addStatement("$T<String> named = columns(COLUMN, message)", Libs.LIST)
        .beginControlFlow("if (!named.isEmpty() || max < 0)")
        .addStatement("return invalid(named, columns, what)")
        .endControlFlow()
        .addStatement("$T<$T> errors = new $T<>()", Libs.LIST, names.problemFieldError(), Libs.ARRAY_LIST)
        .addStatement("request.get().forEach((field, value) -> { if (value instanceof String text "
            + "&& text.codePointCount(0, text.length()) > max) errors.add(new $T(String.valueOf(field), what)); })", names.problemFieldError())
        .addStatement("return errors.isEmpty() ? invalid(named, columns, what) : $T.invalid(errors)", names.apiProblemException())
        .build();
  }

  private MethodSpec conflict() {
    return MethodSpec.methodBuilder("conflict")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(names.apiProblemException())
        .addParameter(Libs.LIST_OF_STRING, "named")
        .addParameter(COLUMNS, "columns")
        .addParameter(Libs.STRING, "what")
        .addParameter(Libs.STRING, "unknown")
        .addStatement("$T<$T> errors = new $T<>()", Libs.LIST, names.problemFieldError(), Libs.ARRAY_LIST)
        .addStatement("named.forEach(column -> { String field = field(columns, column); "
            + "errors.add(new $T(field == null ? column : field, what)); })", names.problemFieldError())
        .addStatement("String fields = String.join($S, errors.stream().map($T::field).toList())", ", ", names.problemFieldError())
        .addStatement("return $T.conflict(errors.isEmpty() ? unknown : $S + fields + $S + what, errors)",
            names.apiProblemException(), "The value of ", " ")
        .build();
  }

  private MethodSpec isTransient() {
    return MethodSpec.methodBuilder("isTransient")
        .addJavadoc("Whether the failure is the database's, not the request's: worth retrying later (503).\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Throwable.class, "failure")
        .beginControlFlow("for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause())")
        .beginControlFlow("if (e instanceof $T || e instanceof $T || e instanceof $T || e instanceof $T || e instanceof $T"
            + " || e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLRecoverableException)",
            Libs.TRANSIENT_DATA_ACCESS, Libs.DATA_ACCESS_RESOURCE_FAILURE, Libs.RECOVERABLE_DATA_ACCESS,
            Libs.CANNOT_CREATE_TRANSACTION, ClassName.get("org.springframework.transaction", "TransactionTimedOutException"))
        .addStatement("return !(e instanceof $T)", Libs.OPTIMISTIC_LOCKING)
        .endControlFlow()
        .beginControlFlow("if (e instanceof $T sql && sql.getSQLState() != null)", SQL_EXCEPTION)
        .addStatement("String state = sql.getSQLState()")
        .addComment("08: connection exception; 40001 serialization failure and 40P01 deadlock: retry the transaction;")
        .addComment("57P01..57P03: PostgreSQL shutting down or starting; 53300: too many connections")
        .addStatement("return state.startsWith($S) || state.equals($S) || state.equals($S) || state.startsWith($S)"
            + " || state.equals($S)", "08", "40001", "40P01", "57P0", "53300")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private MethodSpec sqlException() {
    return MethodSpec.methodBuilder("sqlException")
        .addJavadoc("The driver's exception in the cause chain (the next one of a batch's), or null.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(SQL_EXCEPTION)
        .addParameter(Throwable.class, "failure")
        .beginControlFlow("for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause())")
        .beginControlFlow("if (e instanceof $T sql)", SQL_EXCEPTION)
        .addStatement("return sql.getSQLState() == null && sql.getNextException() != null ? sql.getNextException() : sql")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  /** The column names a pattern finds in a message: {@code "FIRST_NAME CHARACTER VARYING(30)"}, {@code (a, b)}. */
  private MethodSpec columns() {
    return MethodSpec.methodBuilder("columns")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Libs.LIST_OF_STRING)
        .addParameter(PATTERN, "pattern")
        .addParameter(Libs.STRING, "message")
        .addStatement("$T found = pattern.matcher(message)", MATCHER)
        .beginControlFlow("if (!found.find())")
        .addStatement("return $T.of()", Libs.LIST)
        .endControlFlow()
        .addStatement("$T<String> names = new $T<>()", Libs.LIST, Libs.ARRAY_LIST)
        .beginControlFlow("for (String part : found.group(1).split($S))", ",")
        .addStatement("String name = part.trim().split($S)[0].replace($S, $S)", "\\s+", "\"", "")
        .addStatement("name = name.substring(name.lastIndexOf('.') + 1)")
        .beginControlFlow("if (!name.isEmpty())")
        .addStatement("names.add(name)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return names")
        .build();
  }

  private MethodSpec field() {
    return MethodSpec.methodBuilder("field")
        .addJavadoc("The JSON field of a column, compared without case and underscores (any naming strategy), or null.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(COLUMNS, "columns")
        .addParameter(Libs.STRING, "column")
        .addStatement("String wanted = normalized(column)")
        .addCode(CodeBlock.builder()
            .addStatement("return columns.entrySet().stream().filter(e -> normalized(e.getKey()).equals(wanted))"
                + ".map($T.Entry::getValue).findFirst().orElse(null)", Libs.MAP)
            .build())
        .build();
  }

  private MethodSpec normalized() {
    return MethodSpec.methodBuilder("normalized")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(Libs.STRING, "column")
        .addStatement("return column.replace($S, $S).toLowerCase($T.ROOT)", "_", "", Libs.LOCALE)
        .build();
  }
}

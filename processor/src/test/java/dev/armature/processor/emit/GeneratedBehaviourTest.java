package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The tricky logic of the generated shared classes and controllers, run from the compiled fixture (Jackson 3). */
class GeneratedBehaviourTest {
  private static ClassLoader loader;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void compile() {
    CompiledCode code = CompiledCode.compile(EmitFixture.model(3, false));
    com.google.testing.compile.CompilationSubject.assertThat(code.compilation).succeeded();
    loader = code.classLoader();
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(EmitFixture.API + "." + simpleName);
  }

  static Object call(Object target, Class<?> type, String name, Object... args) throws Throwable {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        method.setAccessible(true);
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  static String problem(Throwable e) throws Throwable {
    assertThat(e.getClass().getSimpleName()).isEqualTo("ApiProblemException");
    return call(e, e.getClass(), "status") + " " + e.getMessage() + " " + call(e, e.getClass(), "errors");
  }

  private static Object parse(String query, Object... filterValues) throws Throwable {
    LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      parameters.add(kv[0], kv[1]);
    }
    return call(null, type("ListQuery"), "parse", parameters, 20, 100, List.of("id", "title"),
        List.of("title", "published"), filterValues);
  }

  @Test
  void listQueryParsesPagingAndSortAndClampsSize() throws Throwable {
    assertThat(parse("page=2&size=500&sort=title,desc&sort=id").toString())
        .isEqualTo("ListQuery[page=2, size=100, sort=[SortOrder[property=title, ascending=false], SortOrder[property=id, ascending=true]]]");
    assertThat(parse("title=du&published=2001-01-01").toString()).isEqualTo("ListQuery[page=0, size=20, sort=[]]");
  }

  @Test
  void listQueryClampsAnySizeAboveTheMaximumAndRefusesAPageBeyondTheLargestOffset() throws Throwable {
    assertThat(parse("size=99999999999999999999").toString()).isEqualTo("ListQuery[page=0, size=100, sort=[]]");
    assertThat(parse("size=+7&page=107374182").toString()).isEqualTo("ListQuery[page=107374182, size=7, sort=[]]");
    assertThat(parse("page=107374182").toString()).isEqualTo("ListQuery[page=107374182, size=20, sort=[]]");
    Throwable beyond = assertThrows(Throwable.class, () -> parse("page=99999999999999"));
    assertThat(problem(beyond)).isEqualTo("400 The list request has invalid parameters ["
        + "ProblemFieldError[field=page, message=must be at most 107374182 with size 20]]");
    Throwable beyondLong = assertThrows(Throwable.class, () -> parse("page=99999999999999999999999&size=1"));
    assertThat(problem(beyondLong)).contains("field=page, message=must be at most 2147483647 with size 1]");
  }

  @Test
  void listQueryRefusesAParameterGivenTwiceExceptSort() throws Throwable {
    Throwable e = assertThrows(Throwable.class, () -> parse("title=Wilson&title=House&page=1&page=2&size=3&size=3"));
    assertThat(problem(e)).isEqualTo("400 The list request has invalid parameters ["
        + "ProblemFieldError[field=page, message=is given more than once], "
        + "ProblemFieldError[field=size, message=is given more than once], "
        + "ProblemFieldError[field=title, message=is given more than once]]");
    assertThat(parse("sort=title&sort=id,desc").toString()).contains("sort=[SortOrder[property=title");
  }

  @Test
  void listQueryRefusesADateFilterOutsideTheYears1To9999() throws Throwable {
    Throwable e = assertThrows(Throwable.class,
        () -> parse("title=a&published=0000-01-01", "a", java.time.LocalDate.of(0, 1, 1)));
    assertThat(problem(e)).isEqualTo("400 The list request has invalid parameters ["
        + "ProblemFieldError[field=published, message=must be a date between 0001-01-01 and 9999-12-31]]");
    assertThat(parse("published=9999-12-31", null, java.time.LocalDate.of(9999, 12, 31)).toString())
        .isEqualTo("ListQuery[page=0, size=20, sort=[]]");
  }

  @Test
  void listQueryRejectsBadValuesNamingTheParameter() throws Throwable {
    Throwable e = assertThrows(Throwable.class, () -> parse("page=-1&size=abc&sort=price&sort=title,up"));
    assertThat(problem(e)).isEqualTo("400 The list request has invalid parameters ["
        + "ProblemFieldError[field=page, message=must be a whole number, 0 or more], "
        + "ProblemFieldError[field=size, message=must be a whole number, 1 or more], "
        + "ProblemFieldError[field=sort, message=cannot sort on 'price'; sortable: id, title], "
        + "ProblemFieldError[field=sort, message=direction must be asc or desc, was 'up']]");
  }

  @Test
  void listQueryRejectsAParameterThatIsNeitherPagingNorAFilter() throws Throwable {
    Throwable e = assertThrows(Throwable.class, () -> parse("author=3&size=5"));
    assertThat(problem(e)).isEqualTo("400 The list request has invalid parameters ["
        + "ProblemFieldError[field=author, message=is not a parameter of this list; use page, size, sort "
        + "or a filter: title, published]]");
  }

  @Test
  void mergePatchFollowsRfc7396() throws Throwable {
    JsonNode target = JSON.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"},\"n\":[1,2]}");
    JsonNode patch = JSON.readTree("{\"a\":\"z\",\"c\":{\"f\":null},\"n\":[3],\"x\":{\"y\":null,\"w\":1}}");
    Object result = call(null, type("JsonMergePatch"), "apply", target, patch);
    assertThat(result).isEqualTo(JSON.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\"},\"n\":[3],\"x\":{\"w\":1}}"));
    assertThat(target.get("a").asString()).isEqualTo("b");
    Throwable e = assertThrows(Throwable.class, () -> call(null, type("JsonMergePatch"), "apply", target, JSON.readTree("[1]")));
    assertThat(problem(e)).startsWith("400 A merge patch must be a JSON object");
  }

  @Test
  void ifMatchUsesStrongComparison() throws Throwable {
    Class<?> tags = type("EntityTags");
    assertThat(call(null, tags, "etag", 3L)).isEqualTo("\"3\"");
    assertThat(call(null, tags, "etag", (Object) null)).isNull();
    call(null, tags, "checkIfMatch", null, 3L, "Book 1");
    call(null, tags, "checkIfMatch", "*", 3L, "Book 1");
    call(null, tags, "checkIfMatch", "\"2\", \"3\"", 3L, "Book 1");
    Throwable weak = assertThrows(Throwable.class, () -> call(null, tags, "checkIfMatch", "W/\"3\"", 3L, "Book 1"));
    assertThat(problem(weak)).startsWith("412 If-Match W/\"3\" does not match the current version of Book 1, whose ETag is \"3\"");
    assertThrows(Throwable.class, () -> call(null, tags, "checkIfMatch", "\"2\"", 3L, "Book 1"));
  }

  /** The operations' entity manager is left null here: any count query would be a NullPointerException. */
  @Test
  void aPageThatIsNotFullTellsItsTotalWithoutACountQuery() throws Throwable {
    Class<?> operationsType = type("ResourceOperations");
    Object operations = operationsType.getConstructors()[0].newInstance(JSON,
        new StaticListableBeanFactory().getBeanProvider(jakarta.validation.Validator.class));
    Object first = parse("page=0&size=20");
    Object third = parse("page=2&size=20");
    assertThat(call(operations, operationsType, "total", null, first, 7, new Object[0])).isEqualTo(7L);
    assertThat(call(operations, operationsType, "total", null, first, 0, new Object[0])).isEqualTo(0L);
    assertThat(call(operations, operationsType, "total", null, third, 5, new Object[0])).isEqualTo(45L);
    // a full page, or an empty page past the first, cannot know what follows: those count
    assertThrows(NullPointerException.class, () -> call(operations, operationsType, "total", null, first, 20, new Object[0]));
    assertThrows(NullPointerException.class, () -> call(operations, operationsType, "total", null, third, 0, new Object[0]));
  }

  @Test
  void aRequestBodyReportsEveryBadFieldSorted() throws Throwable {
    Class<?> operationsType = type("ResourceOperations");
    Object operations = operationsType.getConstructors()[0].newInstance(JSON,
        new StaticListableBeanFactory().getBeanProvider(jakarta.validation.Validator.class));
    Class<?> controllerType = type("BookController");
    Object controller = controllerType.getConstructors()[0].newInstance(operations, null);
    JsonNode body = JSON.readTree("{\"title\":5,\"price\":\"x\",\"genre\":\"EPIC\",\"version\":3,\"bogus\":1,"
        + "\"pages\":1.5,\"authorId\":99999999999999999999}");
    Throwable e = assertThrows(Throwable.class, () -> call(operations, operationsType, "create", controller, body));
    assertThat(problem(e)).isEqualTo("400 The request body has 7 invalid fields ["
        + "ProblemFieldError[field=authorId, message=must be an integer], "
        + "ProblemFieldError[field=bogus, message=is not accepted here; accepted fields: title, isbn, price, genre, authorId, pages, secretNote], "
        + "ProblemFieldError[field=genre, message=must be one of [FICTION, POETRY]], "
        + "ProblemFieldError[field=pages, message=must be an integer], "
        + "ProblemFieldError[field=price, message=must be a number], "
        + "ProblemFieldError[field=title, message=must be a string], "
        + "ProblemFieldError[field=version, message=is read-only]]");
    java.lang.reflect.Constructor<?> reader = type("RequestReader").getDeclaredConstructors()[0];
    reader.setAccessible(true);
    Object request = call(controller, controllerType, "readCreate",
        JSON.readTree("{\"title\":\"Dune\",\"price\":9.5,\"genre\":\"FICTION\",\"authorId\":7,\"pages\":412}"),
        reader.newInstance(JSON, null));
    assertThat(request.toString()).isEqualTo("CreateRequest[title=Dune, isbn=null, price=9.5, genre=FICTION, "
        + "authorId=7, pages=412, secretNote=null]");
    Throwable notObject = assertThrows(Throwable.class,
        () -> call(operations, operationsType, "create", controller, JSON.readTree("[]")));
    assertThat(problem(notObject)).startsWith("400 The request body must be a JSON object");
  }

  @Test
  void eachValueTypeSaysWhatItExpects() throws Throwable {
    Class<?> reader = type("RequestReader");
    java.util.Map<Class<?>, String> expected = new java.util.LinkedHashMap<>();
    expected.put(String.class, "must be a string");
    expected.put(Boolean.class, "must be a boolean");
    expected.put(Byte.class, "must be an integer");
    expected.put(java.math.BigInteger.class, "must be an integer");
    expected.put(Float.class, "must be a number");
    expected.put(java.math.BigDecimal.class, "must be a number");
    expected.put(loader.loadClass(EmitFixture.PKG + ".Book$Genre"), "must be one of [FICTION, POETRY]");
    expected.put(java.time.LocalDate.class, "must be a date (yyyy-MM-dd)");
    expected.put(java.time.LocalDateTime.class, "must be a date-time (yyyy-MM-ddTHH:mm:ss)");
    expected.put(java.time.Instant.class, "must be an instant (yyyy-MM-ddTHH:mm:ssZ)");
    expected.put(java.util.UUID.class, "must be a UUID");
    for (java.util.Map.Entry<Class<?>, String> e : expected.entrySet()) {
      assertThat(call(null, reader, "expectation", e.getKey())).isEqualTo(e.getValue());
    }
  }

  @Test
  void datesOutsideTheYears1To9999AreOutOfRange() throws Throwable {
    Class<?> reader = type("RequestReader");
    String date = "must be a date between 0001-01-01 and 9999-12-31";
    String dateTime = "must be a date-time between 0001-01-01T00:00:00 and 9999-12-31T23:59:59";
    String instant = "must be an instant between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
    java.util.Map<Object, String> expected = new java.util.LinkedHashMap<>();
    expected.put(java.time.LocalDate.of(0, 12, 31), date);
    expected.put(java.time.LocalDate.of(10000, 1, 1), date);
    expected.put(java.time.LocalDateTime.parse("+999999999-12-31T23:59:59"), dateTime);
    expected.put(java.time.LocalDateTime.parse("0000-12-31T23:59:59.999"), dateTime);
    expected.put(java.time.Instant.parse("0000-12-31T23:59:59Z"), instant);
    expected.put(java.time.Instant.parse("+10000-01-01T00:00:00Z"), instant);
    expected.put(java.time.Instant.MAX, instant);
    for (java.util.Map.Entry<Object, String> e : expected.entrySet()) {
      assertThat(call(null, reader, "outOfRange", e.getKey())).isEqualTo(e.getValue());
    }
    for (Object fine : List.of(java.time.LocalDate.of(1, 1, 1), java.time.LocalDate.of(9999, 12, 31),
        java.time.LocalDateTime.parse("9999-12-31T23:59:59.999999999"), java.time.Instant.parse("0001-01-01T00:00:00Z"),
        java.time.Instant.parse("9999-12-31T23:59:59.999999999Z"), "0000-01-01", 5)) {
      assertThat(call(null, reader, "outOfRange", fine)).isNull();
    }
  }
}

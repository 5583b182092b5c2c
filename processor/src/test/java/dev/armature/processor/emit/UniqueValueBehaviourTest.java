package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static dev.armature.processor.emit.GeneratedBehaviourTest.call;
import static dev.armature.processor.emit.GeneratedBehaviourTest.problem;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated check of {@code @Column(unique = true)} values before a write (issue 409), run over an
 * in-memory repository and an {@code EntityManager} whose criteria queries answer from a set of taken
 * values: each query is recorded as text ({@code email=a@x and id!=7}) so the test sees what was asked.
 */
class UniqueValueBehaviourTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String PKG = "com.example.club";
  private static ClassLoader loader;

  private static final JavaFileObject MEMBER = JavaFileObjects.forSourceLines(PKG + ".Member",
      "package com.example.club;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "@Entity @ApiResource",
      "public class Member {",
      "  @Id @GeneratedValue public Long id;",
      "  @Column(unique = true) public String email;",
      "  @Column(name = \"badge_no\", unique = true) public String badge;",
      "  public String name;",
      "}");

  @BeforeAll
  static void compile() {
    CompiledCode code = CompiledCode.process(List.of(MEMBER));
    CompilationSubject.assertThat(code.compilation).succeeded();
    loader = code.classLoader();
  }

  /** The queries asked, and the ones that find a row. */
  private final List<String> asked = new ArrayList<>();
  private Set<String> taken = Set.of();
  private final Object[] stored = new Object[1];
  /** The condition of the last criteria query built. */
  private String where;

  private Object operations;
  private Object controller;

  private void setUp() throws Exception {
    operations = loader.loadClass(PKG + ".api.ResourceOperations").getConstructors()[0]
        .newInstance(JSON, new StaticListableBeanFactory().getBeanProvider(Validator.class));
    Field entityManager = operations.getClass().getDeclaredField("entityManager");
    entityManager.setAccessible(true);
    entityManager.set(operations, fake(EntityManager.class, ""));
    Object repository = Proxy.newProxyInstance(loader, new Class<?>[] {loader.loadClass(PKG + ".api.MemberRepository")},
        (proxy, method, args) -> switch (method.getName()) {
          case "findById" -> Optional.ofNullable(stored[0]);
          case "saveAndFlush" -> stored[0] = args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
    controller = loader.loadClass(PKG + ".api.MemberController").getConstructors()[0].newInstance(operations, repository);
  }

  /**
   * A criteria API stand-in: {@code root.get(a)} is {@code a}, {@code cb.equal(x, v)} is {@code x=v},
   * {@code cb.notEqual}, {@code !=}, {@code cb.and}, {@code and}; {@code where} is remembered for the query
   * made next, whose count is 1 when its condition is taken.
   */
  private Object fake(Class<?> type, String text) {
    return Proxy.newProxyInstance(loader, new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
      case "toString" -> text;
      case "get" -> fake(method.getReturnType(), (String) args[0]);
      case "equal" -> fake(method.getReturnType(), args[0] + "=" + args[1]);
      case "notEqual" -> fake(method.getReturnType(), args[0] + "!=" + args[1]);
      case "and" -> fake(method.getReturnType(), args[0] + " and " + args[1]);
      case "where" -> {
        where = args[0].toString();
        yield proxy;
      }
      case "select" -> proxy;
      case "setFlushMode" -> {
        assertThat(args[0]).isEqualTo(FlushModeType.COMMIT);
        yield proxy;
      }
      case "createQuery" -> fake(method.getReturnType(), args[0] instanceof Class<?> ? "" : where);
      case "getSingleResult" -> {
        asked.add(text);
        yield taken.contains(text) ? 1L : 0L;
      }
      default -> fake(method.getReturnType(), text);
    });
  }

  private Object create(String body) throws Throwable {
    return call(operations, operations.getClass(), "create", controller, JSON.readTree(body));
  }

  private Object update(Object id, String body) throws Throwable {
    return call(operations, operations.getClass(), "update", controller, id, JSON.readTree(body), null);
  }

  @Test
  void aTakenValueOnCreateIsA409NamingTheField() throws Throwable {
    setUp();
    taken = Set.of("email=ann@example.com");
    Throwable e = assertThrows(Throwable.class, () -> create("{\"email\":\"ann@example.com\",\"badge\":\"B1\"}"));
    assertThat(problem(e)).isEqualTo("409 Another Member already has the same email "
        + "[ProblemFieldError[field=email, message=another Member already has this value]]");
    assertThat(asked).containsExactly("email=ann@example.com", "badge=B1");
    assertThat(stored[0]).isNull();
  }

  @Test
  void everyTakenFieldIsNamedAndANullValueIsNotAsked() throws Throwable {
    setUp();
    taken = Set.of("email=ann@example.com", "badge=B1");
    Throwable e = assertThrows(Throwable.class, () -> create("{\"email\":\"ann@example.com\",\"badge\":\"B1\"}"));
    assertThat(problem(e)).startsWith("409 Another Member already has the same email, badge [");
    assertThat(problem(e)).contains("field=badge, message=another Member already has this value");

    asked.clear();
    create("{\"name\":\"Ann\",\"badge\":\"B2\"}");
    assertThat(asked).containsExactly("badge=B2");
    assertThat(stored[0]).isNotNull();
  }

  @Test
  void anUpdateAsksForAnotherRowThanItsOwn() throws Throwable {
    setUp();
    create("{\"email\":\"ann@example.com\"}");
    stored[0].getClass().getField("id").set(stored[0], 7L);
    asked.clear();
    update(7L, "{\"email\":\"carol@example.com\",\"badge\":null,\"name\":\"Ann\"}");
    assertThat(asked).containsExactly("email=carol@example.com and id!=7");

    taken = Set.of("email=bob@example.com and id!=7");
    Throwable e = assertThrows(Throwable.class,
        () -> update(7L, "{\"email\":\"bob@example.com\",\"badge\":null,\"name\":\"Ann\"}"));
    assertThat(problem(e)).isEqualTo("409 Another Member already has the same email "
        + "[ProblemFieldError[field=email, message=another Member already has this value]]");
  }

  /** Issue 9: a PATCH or PUT that leaves a unique value as it was runs no query for it (the row's own value). */
  @Test
  void anUpdateThatKeepsAUniqueValueDoesNotAskForIt() throws Throwable {
    setUp();
    create("{\"email\":\"ann@example.com\",\"badge\":\"B1\"}");
    stored[0].getClass().getField("id").set(stored[0], 7L);
    asked.clear();
    update(7L, "{\"email\":\"ann@example.com\",\"badge\":\"B1\",\"name\":\"Ann\"}");
    assertThat(asked).isEmpty();

    update(7L, "{\"email\":\"ann@example.com\",\"badge\":\"B2\",\"name\":\"Ann\"}");
    assertThat(asked).containsExactly("badge=B2 and id!=7");
  }
}

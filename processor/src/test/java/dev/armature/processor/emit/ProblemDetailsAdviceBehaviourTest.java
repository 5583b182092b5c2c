package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static dev.armature.processor.emit.GeneratedBehaviourTest.call;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The generated advice: Spring's {@code ProblemDetail} bodies, only Armature's controllers advised, a
 * transient database failure anywhere (the transaction's begin included) a 503 with {@code Retry-After},
 * an untranslated database error classified rather than a 500.
 */
class ProblemDetailsAdviceBehaviourTest {
  private static Class<?> advice;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() throws Exception {
    CompiledCode code = CompiledCode.compile(EmitFixture.model(3, false));
    com.google.testing.compile.CompilationSubject.assertThat(code.compilation).succeeded();
    loader = code.classLoader();
    advice = loader.loadClass(EmitFixture.API + ".ProblemDetailsAdvice");
  }

  private static HttpServletRequest request(String method, String uri) {
    return (HttpServletRequest) Proxy.newProxyInstance(ProblemDetailsAdviceBehaviourTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getMethod" -> method;
          case "getRequestURI" -> uri;
          case "getContextPath" -> "";
          default -> null;
        });
  }

  private static ResponseEntity<?> handle(String handler, Exception e) throws Throwable {
    Object target = advice.getConstructor().newInstance();
    return (ResponseEntity<?>) call(target, advice, handler, e, request("GET", "/api/books"));
  }

  @Test
  void advisesOnlyArmaturesControllers() throws Exception {
    RestControllerAdvice annotation = advice.getAnnotation(RestControllerAdvice.class);
    assertThat(List.of(annotation.assignableTypes())).containsExactly(
        loader.loadClass(EmitFixture.API + ".ResourceController"), loader.loadClass(EmitFixture.API + ".ArmatureOpenApiController"));
    assertThat(annotation.basePackages()).isEmpty();
  }

  @Test
  void aPoolTimeoutAtTheTransactionsBeginIs503WithRetryAfter() throws Throwable {
    ResponseEntity<?> answer = handle("databaseUnavailable", new CannotCreateTransactionException("Could not open JPA EntityManager",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms.")));
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    ProblemDetail body = (ProblemDetail) answer.getBody();
    assertThat(body.getStatus()).isEqualTo(503);
    assertThat(body.getTitle()).isEqualTo("Service Unavailable");
    assertThat(body.getInstance().toString()).isEqualTo("/api/books");
    assertThat(body.getDetail()).doesNotContain("Hikari");
  }

  @Test
  void aLostConnectionSpringDidNotTranslateIs503NotA500() throws Throwable {
    ResponseEntity<?> answer = handle("unexpected",
        new JpaSystemException(new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
  }

  @Test
  void anIntegrityViolationOutsideAFlushIsClassifiedByItsSqlState() throws Throwable {
    ResponseEntity<?> notNull = handle("dataIntegrity", new DataIntegrityViolationException("x",
        new SQLException("NULL not allowed for column \"VISIT_DATE\"; SQL statement:", "23502")));
    assertThat(notNull.getStatusCode().value()).isEqualTo(400);
    assertThat(((ProblemDetail) notNull.getBody()).getDetail()).isEqualTo("The value of column VISIT_DATE must not be null");
    ResponseEntity<?> unknown = handle("dataIntegrity", new DataIntegrityViolationException("no SQLState"));
    assertThat(unknown.getStatusCode().value()).isEqualTo(409);
    assertThat(((ProblemDetail) unknown.getBody()).getProperties()).isNull();
  }

  @Test
  void fieldErrorsAreThePropertyErrorsOfTheProblemDetail() throws Throwable {
    Class<?> exception = loader.loadClass(EmitFixture.API + ".ApiProblemException");
    Object problem = call(null, exception, "invalid", List.of(loader.loadClass(EmitFixture.API + ".ProblemFieldError")
        .getConstructors()[0].newInstance("title", "must not be blank")));
    ResponseEntity<?> answer = handle("apiProblem", (Exception) problem);
    ProblemDetail body = (ProblemDetail) answer.getBody();
    assertThat(body.getType().toString()).isEqualTo("about:blank");
    assertThat(body.getProperties().get("errors").toString()).isEqualTo("[ProblemFieldError[field=title, message=must not be blank]]");
  }
}

package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static dev.armature.processor.emit.GeneratedBehaviourTest.call;
import static dev.armature.processor.emit.GeneratedBehaviourTest.problem;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated create and update flows, from entity sources through the real processor, run with Hibernate
 * Validator (as a Spring Boot application has it) over an in-memory repository: what a POST or PUT body
 * that leaves a field out becomes.
 */
class CreateAndUpdateBehaviourTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String PKG = "com.example.clinic";
  private static ClassLoader loader;

  /** An assigned id with a pattern, primitives with initializers, a value of each date type. */
  private static final JavaFileObject PRESCRIPTION = JavaFileObjects.forSourceLines(PKG + ".Prescription",
      "package com.example.clinic;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "import java.time.*;",
      "@Entity @ApiResource",
      "public class Prescription {",
      "  @Id @Pattern(regexp = \"RX-[0-9]{4}\") public String code;",
      "  @Version public Long version;",
      "  @NotBlank public String drug;",
      "  public int durationMinutes = 30;",
      "  public boolean refillable = true;",
      "  public LocalDate startsOn;",
      "  public LocalDateTime scheduledAt;",
      "  public Instant signedAt;",
      "  @Column(precision = 12, scale = 2) public java.math.BigDecimal price;",
      "}");

  /** Every default surface (create and update the same), a generated id and a primitive with an initializer. */
  private static final JavaFileObject DOCTOR = JavaFileObjects.forSourceLines(PKG + ".Doctor",
      "package com.example.clinic;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "import java.time.LocalDate;",
      "@Entity @ApiResource",
      "public class Doctor {",
      "  @Id @GeneratedValue public Long id;",
      "  @Version public Long version;",
      "  @NotBlank @Searchable public String name;",
      "  public boolean acceptingPatients = true;",
      "  @Searchable public LocalDate hiredOn;",
      "}");

  /** Not-null columns, one with a value from the entity and one without; a declared @NotNull. */
  private static final JavaFileObject TRIP = JavaFileObjects.forSourceLines(PKG + ".Trip",
      "package com.example.clinic;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "@Entity @ApiResource",
      "public class Trip {",
      "  public enum TripStatus { PLANNED, DONE }",
      "  @Id @GeneratedValue public Long id;",
      "  @Enumerated(EnumType.STRING) @Column(nullable = false) public TripStatus status = TripStatus.PLANNED;",
      "  @Column(nullable = false) public String destination;",
      "  @NotNull public Integer seats;",
      "}");

  @BeforeAll
  static void compile() {
    CompiledCode code = CompiledCode.process(List.of(PRESCRIPTION, DOCTOR, TRIP));
    CompilationSubject.assertThat(code.compilation).succeeded();
    loader = code.classLoader();
  }

  /** The shared operations and one resource's controller over a repository holding at most one entity. */
  private record Resource(Object operations, Object controller, Object[] stored) {
    Object create(String body) throws Throwable {
      return call(operations, operations.getClass(), "create", controller, JSON.readTree(body));
    }

    Object update(Object id, String body) throws Throwable {
      return call(operations, operations.getClass(), "update", controller, id, JSON.readTree(body), null);
    }

    Object field(String name) throws ReflectiveOperationException {
      return stored[0].getClass().getField(name).get(stored[0]);
    }
  }

  private static Resource resource(String entity, boolean validator) throws Exception {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (validator) {
      beans.addBean("validator", Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
    }
    ObjectProvider<Validator> validators = beans.getBeanProvider(Validator.class);
    Object operations = loader.loadClass(PKG + ".api.ResourceOperations").getConstructors()[0]
        .newInstance(JSON, validators);
    Object[] stored = new Object[1];
    Class<?> repositoryType = loader.loadClass(PKG + ".api." + entity + "Repository");
    Object repository = Proxy.newProxyInstance(loader, new Class<?>[] {repositoryType}, (proxy, method, args) ->
        switch (method.getName()) {
          case "findById" -> Optional.ofNullable(stored[0]);
          case "existsById" -> false;
          case "saveAndFlush" -> stored[0] = args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
    Object controller = loader.loadClass(PKG + ".api." + entity + "Controller").getConstructors()[0]
        .newInstance(operations, repository);
    return new Resource(operations, controller, stored);
  }

  @Test
  void anAssignedIdLeftOutIsA400NamingIt() throws Throwable {
    Resource prescriptions = resource("Prescription", true);
    Throwable missing = assertThrows(Throwable.class, () -> prescriptions.create("{\"drug\":\"Aspirin\"}"));
    assertThat(problem(missing)).isEqualTo("400 The request body has 1 invalid field "
        + "[ProblemFieldError[field=code, message=must not be null]]");
    Throwable malformed = assertThrows(Throwable.class,
        () -> prescriptions.create("{\"code\":\"RX-12\",\"drug\":\"Aspirin\"}"));
    assertThat(problem(malformed)).contains("field=code, message=must match \"RX-[0-9]{4}\"");
    prescriptions.create("{\"code\":\"RX-0001\",\"drug\":\"Aspirin\"}");
    assertThat(prescriptions.field("code")).isEqualTo("RX-0001");
  }

  @Test
  void anAssignedIdLeftOutIsA400EvenWithoutAValidator() throws Throwable {
    Resource prescriptions = resource("Prescription", false);
    Throwable missing = assertThrows(Throwable.class, () -> prescriptions.create("{\"drug\":\"Aspirin\"}"));
    assertThat(problem(missing)).isEqualTo("400 The request body has 1 invalid field "
        + "[ProblemFieldError[field=code, message=must not be null]]");
  }

  @Test
  void aPrimitiveLeftOutOfACreateKeepsTheEntityValue() throws Throwable {
    Resource prescriptions = resource("Prescription", true);
    prescriptions.create("{\"code\":\"RX-0002\",\"drug\":\"Aspirin\"}");
    assertThat(prescriptions.field("durationMinutes")).isEqualTo(30);
    assertThat(prescriptions.field("refillable")).isEqualTo(true);
    prescriptions.create("{\"code\":\"RX-0003\",\"drug\":\"Aspirin\",\"durationMinutes\":null,\"refillable\":false}");
    assertThat(prescriptions.field("durationMinutes")).isEqualTo(30);
    assertThat(prescriptions.field("refillable")).isEqualTo(false);

    Resource doctors = resource("Doctor", true);
    doctors.create("{\"name\":\"House\"}");
    assertThat(doctors.field("acceptingPatients")).isEqualTo(true);
  }

  @Test
  void aPrimitiveLeftOutOfAPutIsA400NamingIt() throws Throwable {
    Resource prescriptions = resource("Prescription", true);
    prescriptions.create("{\"code\":\"RX-0004\",\"drug\":\"Aspirin\"}");
    Throwable put = assertThrows(Throwable.class, () -> prescriptions.update("RX-0004", "{\"drug\":\"Ibuprofen\"}"));
    assertThat(problem(put)).isEqualTo("400 The request body has 2 invalid fields ["
        + "ProblemFieldError[field=durationMinutes, message=must not be null], "
        + "ProblemFieldError[field=refillable, message=must not be null]]");

    Resource doctors = resource("Doctor", true);
    doctors.create("{\"name\":\"House\"}");
    Throwable doctor = assertThrows(Throwable.class, () -> doctors.update(1L, "{\"name\":\"Wilson\"}"));
    assertThat(problem(doctor)).isEqualTo("400 The request body has 1 invalid field "
        + "[ProblemFieldError[field=acceptingPatients, message=must not be null]]");
    doctors.update(1L, "{\"name\":\"Wilson\",\"acceptingPatients\":false}");
    assertThat(doctors.field("acceptingPatients")).isEqualTo(false);
  }

  @Test
  void aDateOutsideTheYears1To9999IsA400NamingTheField() throws Throwable {
    Resource prescriptions = resource("Prescription", true);
    Throwable e = assertThrows(Throwable.class, () -> prescriptions.create("{\"code\":\"RX-0005\",\"drug\":\"Aspirin\","
        + "\"startsOn\":\"0000-01-01\",\"scheduledAt\":\"+999999999-12-31T23:59:59\","
        + "\"signedAt\":\"+10000-01-01T00:00:00Z\"}"));
    assertThat(problem(e)).isEqualTo("400 The request body has 3 invalid fields ["
        + "ProblemFieldError[field=scheduledAt, message=must be a date-time between 0001-01-01T00:00:00 and 9999-12-31T23:59:59], "
        + "ProblemFieldError[field=signedAt, message=must be an instant between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z], "
        + "ProblemFieldError[field=startsOn, message=must be a date between 0001-01-01 and 9999-12-31]]");
    prescriptions.create("{\"code\":\"RX-0005\",\"drug\":\"Aspirin\",\"startsOn\":\"9999-12-31\","
        + "\"scheduledAt\":\"0001-01-01T00:00:00\",\"signedAt\":\"9999-12-31T23:59:59.999Z\"}");
    assertThat(prescriptions.field("startsOn").toString()).isEqualTo("9999-12-31");
  }

  @Test
  void aNumberBeyondItsColumnsPrecisionOrScaleIsA400NamingTheField() throws Throwable {
    Resource prescriptions = resource("Prescription", true);
    Throwable tooLarge = assertThrows(Throwable.class, () -> prescriptions.create(
        "{\"code\":\"RX-0006\",\"drug\":\"Aspirin\",\"price\":123456789012345.99}"));
    assertThat(problem(tooLarge)).isEqualTo("400 The request body has 1 invalid field [ProblemFieldError[field=price, "
        + "message=numeric value out of bounds (<10 digits>.<2 digits> expected)]]");
    Throwable tooPrecise = assertThrows(Throwable.class, () -> prescriptions.create(
        "{\"code\":\"RX-0006\",\"drug\":\"Aspirin\",\"price\":1.999}"));
    assertThat(problem(tooPrecise)).contains("field=price, message=numeric value out of bounds");
    prescriptions.create("{\"code\":\"RX-0006\",\"drug\":\"Aspirin\",\"price\":9999999999.99}");
    assertThat(prescriptions.field("price").toString()).isEqualTo("9999999999.99");
  }

  @Test
  void aNotNullColumnLeftOutOfACreateKeepsTheEntityValueOrIsA400NamingIt() throws Throwable {
    for (boolean validator : new boolean[] {true, false}) {
      Resource trips = resource("Trip", validator);
      trips.create("{\"destination\":\"Oslo\",\"seats\":2}");
      assertThat(trips.field("status").toString()).isEqualTo("PLANNED");
      trips.create("{\"destination\":\"Oslo\",\"status\":null,\"seats\":2}");
      assertThat(trips.field("status").toString()).isEqualTo("PLANNED");
      trips.create("{\"destination\":\"Oslo\",\"status\":\"DONE\",\"seats\":2}");
      assertThat(trips.field("status").toString()).isEqualTo("DONE");
      Throwable missing = assertThrows(Throwable.class, () -> trips.create("{\"seats\":2}"));
      assertThat(problem(missing)).isEqualTo("400 The request body has 1 invalid field "
          + "[ProblemFieldError[field=destination, message=must not be null]]");
    }
    Throwable declared = assertThrows(Throwable.class,
        () -> resource("Trip", true).create("{\"destination\":\"Oslo\"}"));
    assertThat(problem(declared)).isEqualTo("400 The request body "
        + "has 1 invalid field [ProblemFieldError[field=seats, message=must not be null]]");
  }

  @Test
  void aNotNullColumnLeftOutOfAPutIsA400NamingIt() throws Throwable {
    Resource trips = resource("Trip", true);
    trips.create("{\"destination\":\"Oslo\",\"seats\":2}");
    Throwable put = assertThrows(Throwable.class, () -> trips.update(1L, "{\"destination\":\"Bergen\",\"seats\":2}"));
    assertThat(problem(put)).isEqualTo("400 The request body has 1 invalid field "
        + "[ProblemFieldError[field=status, message=must not be null]]");
  }
}

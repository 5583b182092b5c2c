package dev.armature.maven.testing;

import dev.armature.annotations.Operation;
import dev.armature.maven.spi.ProjectFacts;
import dev.armature.processor.model.ColumnNames;
import dev.armature.processor.model.Access;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PagingModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SecurityModel;
import dev.armature.processor.model.Surfaces;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small IRs and project facts for unit tests of generators and hooks. */
public final class SampleModels {
  private SampleModels() {}

  /** Authors (public reads, ADMIN writes) and books (reads need USER; a required author; no DELETE). */
  public static DomainModel library() {
    return new DomainModel("com.example.library.api", new Classpath(3, true), List.of(author(), book()));
  }

  /** A model without resources (a project with no {@code @ApiResource} yet). */
  public static DomainModel empty() {
    return new DomainModel("com.example.api", new Classpath(3, true), List.of());
  }

  /** Facts of a Spring Boot 4.1.1 project with the starters the generated code needs. */
  public static ProjectFacts project(Path baseDirectory) {
    return new ProjectFacts("com.example", "library", "1.0.0-SNAPSHOT", "Library", baseDirectory,
        baseDirectory.resolve("target"), "library-1.0.0-SNAPSHOT", Optional.of("17"), "17.0.12",
        List.of(
            new ProjectFacts.Dependency("org.springframework.boot", "spring-boot", "4.1.1", "compile"),
            new ProjectFacts.Dependency("org.springframework.boot", "spring-boot-starter-webmvc", "4.1.1", "compile"),
            new ProjectFacts.Dependency("org.springframework.boot", "spring-boot-starter-data-jpa", "4.1.1", "compile"),
            new ProjectFacts.Dependency("org.springframework.boot", "spring-boot-starter-validation", "4.1.1", "compile"),
            new ProjectFacts.Dependency("org.springframework.boot", "spring-boot-starter-security", "4.1.1", "compile"),
            new ProjectFacts.Dependency("org.springframework", "spring-webmvc", "7.0.9", "compile"),
            new ProjectFacts.Dependency("org.springframework.data", "spring-data-jpa", "4.1.1", "compile"),
            new ProjectFacts.Dependency("org.springframework.security", "spring-security-config", "7.1.1", "compile"),
            new ProjectFacts.Dependency("jakarta.validation", "jakarta.validation-api", "3.1.1", "compile"),
            new ProjectFacts.Dependency("org.hibernate.validator", "hibernate-validator", "9.0.1.Final", "compile"),
            new ProjectFacts.Dependency("com.h2database", "h2", "2.4.240", "runtime"),
            new ProjectFacts.Dependency("com.h2database", "h2", "2.3.232", "runtime"),
            new ProjectFacts.Dependency("dev.armature", "armature-annotations", "0.1.0-SNAPSHOT", "compile")),
        true);
  }

  private static EntityModel author() {
    TypeRef type = TypeRef.of("com.example.library", "Author");
    PropertyModel id = property("id", "id", PropertyKind.ID, scalar(ScalarKind.LONG, "java.lang", "Long"), true, false, false, List.of());
    PropertyModel name = property("name", "name", PropertyKind.SCALAR, scalar(ScalarKind.STRING, "java.lang", "String"),
        false, true, true, List.of(constraint("NotBlank", Map.of()), constraint("Size", Map.of("max", 120L))));
    return new EntityModel(type.canonicalName(), type, "authors", id, Optional.empty(), List.of(name),
        EnumSet.allOf(Operation.class), new SecurityModel(List.of(), List.of("ADMIN")), new PagingModel(20, 100),
        new Surfaces(List.of("name"), List.of("name"), List.of("id", "name"), List.of("id", "name")),
        Optional.empty(), null);
  }

  private static EntityModel book() {
    TypeRef type = TypeRef.of("com.example.library", "Book");
    PropertyModel id = property("id", "id", PropertyKind.ID, scalar(ScalarKind.LONG, "java.lang", "Long"), true, false, false, List.of());
    PropertyModel version = property("version", "version", PropertyKind.VERSION, scalar(ScalarKind.LONG, "java.lang", "Long"), false, false, false, List.of());
    PropertyModel title = property("title", "title", PropertyKind.SCALAR, scalar(ScalarKind.STRING, "java.lang", "String"),
        false, true, true, List.of(constraint("NotBlank", Map.of()), constraint("Size", Map.of("max", 200L))));
    PropertyModel price = property("price", "price", PropertyKind.SCALAR, scalar(ScalarKind.BIG_DECIMAL, "java.math", "BigDecimal"),
        false, false, false, List.of(constraint("Min", Map.of("value", 0L))));
    PropertyModel genre = property("genre", "genre", PropertyKind.SCALAR,
        new ValueType(ScalarKind.ENUM, TypeRef.of("com.example.library", "Genre"), false, List.of("FICTION", "SCIENCE")),
        false, false, true, List.of());
    PropertyModel author = new PropertyModel("author", "authorId", PropertyKind.TO_ONE, scalar(ScalarKind.LONG, "java.lang", "Long"),
        Access.field("author"), false, false, false, false, true, false, "author_id", List.of(constraint("NotNull", Map.of())),
        Optional.of(new RelationModel(TypeRef.of("com.example.library", "Author"), "id", Access.field("id"), "authors", false)), null);
    EnumSet<Operation> operations = EnumSet.allOf(Operation.class);
    operations.remove(Operation.DELETE);
    return new EntityModel(type.canonicalName(), type, "books", id, Optional.of(version), List.of(title, price, genre, author),
        operations, new SecurityModel(List.of("USER"), List.of("ADMIN")), new PagingModel(10, 50),
        new Surfaces(List.of("title", "price", "genre", "author"), List.of("title", "price", "genre", "author"),
            List.of("id", "version", "title", "price", "genre", "author"), List.of("id", "title", "author")),
        Optional.empty(), null);
  }

  private static ValueType scalar(ScalarKind kind, String pkg, String name) {
    return new ValueType(kind, TypeRef.of(pkg, name), false, List.of());
  }

  private static PropertyModel property(String name, String json, PropertyKind kind, ValueType value,
      boolean generated, boolean required, boolean searchable, List<ConstraintModel> constraints) {
    return new PropertyModel(name, json, kind, value, Access.field(name), false, false, searchable, generated,
        required, false, ColumnNames.physical(name), constraints, Optional.empty(), null);
  }

  private static ConstraintModel constraint(String simpleName, Map<String, Object> attributes) {
    return new ConstraintModel(TypeRef.of("jakarta.validation.constraints", simpleName), attributes, false);
  }
}

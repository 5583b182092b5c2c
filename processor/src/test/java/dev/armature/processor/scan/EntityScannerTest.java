package dev.armature.processor.scan;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SurfaceKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The IR the scanner builds from realistic entities: defaults, implied constraints, access, relations. */
class EntityScannerTest {
  private static final JavaFileObject AUTHOR = JavaFileObjects.forSourceLines("com.example.library.Author",
      "package com.example.library;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "import java.util.*;",
      "@Entity @ApiResource(readRoles = \"USER\", writeRoles = {\"LIBRARIAN\", \"ADMIN\"})",
      "public class Author {",
      "  @Id @GeneratedValue private Long id;",
      "  @Version private long version;",
      "  @NotBlank @Searchable @Column(length = 80) private String name;",
      "  @Email private String email;",
      "  @OneToMany(mappedBy = \"author\") private List<Book> books = new ArrayList<>();",
      "  public Long getId() { return id; }",
      "  public long getVersion() { return version; }",
      "  public String getName() { return name; }",
      "  public void setName(String name) { this.name = name; }",
      "  public String getEmail() { return email; }",
      "  public void setEmail(String email) { this.email = email; }",
      "  public List<Book> getBooks() { return books; }",
      "}");

  private static final JavaFileObject BOOK = JavaFileObjects.forSourceLines("com.example.library.Book",
      "package com.example.library;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "import java.math.BigDecimal;",
      "import java.time.*;",
      "@Entity",
      "@ApiResource(operations = {Operation.LIST, Operation.READ, Operation.CREATE}, maxPageSize = 50)",
      "@Surface(name = \"create\", fields = {\"title\", \"price\", \"genre\", \"authorId\", \"pages\"})",
      "public class Book {",
      "  public enum Genre { FICTION, POETRY }",
      "  @Id @GeneratedValue public Long id;",
      "  @Version public Long version;",
      "  @NotBlank @Size(min = 1, max = 200) public String title;",
      "  @DecimalMin(\"0.00\") public BigDecimal price;",
      "  @Enumerated(EnumType.STRING) @Searchable public Genre genre;",
      "  public int pages;",
      "  @ReadOnly public Instant createdAt;",
      "  @WriteOnly @Lob public String note;",
      "  @ManyToOne(optional = false) @Searchable public Author author;",
      "  @Transient public String scratch;",
      "  public static int COUNTER;",
      "}");

  @Test
  void buildsTheIrOfRelatedEntities() {
    ScanningProcessor scanning = new ScanningProcessor();
    Compilation compilation = Compiler.javac().withProcessors(scanning).compile(AUTHOR, BOOK);
    assertThat(compilation).succeeded();

    EntityModel author = scanning.entity("Author");
    assertThat(author.path()).isEqualTo("authors");
    assertThat(author.security().readRoles()).containsExactly("USER");
    assertThat(author.security().writeRoles()).containsExactly("ADMIN", "LIBRARIAN");
    assertThat(author.id().generated()).isTrue();
    assertThat(author.id().access().getter()).contains("getId");
    assertThat(author.version()).isPresent();
    assertThat(author.properties()).extracting(PropertyModel::name).containsExactly("name", "email");
    assertThat(author.surfaces().create()).containsExactly("name", "email");
    assertThat(author.surfaces().read()).containsExactly("id", "version", "name", "email");
    assertThat(author.surfaces().listDiffersFromRead()).isFalse();
    PropertyModel name = author.property("name");
    assertThat(name.required()).isTrue();
    assertThat(name.constraint("Size")).hasValueSatisfying(c -> {
      assertThat(c.attributes()).containsEntry("max", 80L);
      assertThat(c.implied()).isTrue();
    });
    assertThat(name.constraint("NotNull")).as("@NotBlank already forbids null").isEmpty();
    assertThat(author.property("email").required()).isFalse();
    assertThat(author.property("email").constraint("Size")).hasValueSatisfying(c ->
        assertThat(c.attributes()).containsEntry("max", 255L));

    EntityModel book = scanning.entity("Book");
    assertThat(book.operations()).containsExactlyInAnyOrder(Operation.LIST, Operation.READ, Operation.CREATE);
    assertThat(book.paging().maxPageSize()).isEqualTo(50);
    assertThat(book.paging().defaultPageSize()).isEqualTo(20);
    assertThat(book.id().access().field()).contains("id");
    assertThat(book.properties()).extracting(PropertyModel::name)
        .containsExactly("title", "price", "genre", "pages", "createdAt", "note", "author");
    assertThat(book.surfaces().create()).containsExactly("title", "price", "genre", "author", "pages");
    assertThat(book.surfaces().update()).containsExactly("title", "price", "genre", "pages", "note", "author");
    assertThat(book.surfaces().read())
        .containsExactly("id", "version", "title", "price", "genre", "pages", "createdAt", "author");
    assertThat(book.property("title").constraint("Size")).hasValueSatisfying(c ->
        assertThat(c.attributes()).containsEntry("min", 1L).containsEntry("max", 200L));
    assertThat(book.property("note").constraint("Size")).as("a @Lob has no length").isEmpty();
    assertThat(book.property("pages").required()).as("primitive").isTrue();
    assertThat(book.property("pages").value().primitive()).isTrue();
    assertThat(book.property("genre").value().kind()).isEqualTo(ScalarKind.ENUM);
    assertThat(book.property("genre").value().enumConstants()).containsExactly("FICTION", "POETRY");
    assertThat(book.property("genre").value().type().simpleNames()).containsExactly("Book", "Genre");
    PropertyModel rel = book.property("author");
    assertThat(rel.kind()).isEqualTo(PropertyKind.TO_ONE);
    assertThat(rel.jsonName()).isEqualTo("authorId");
    assertThat(rel.required()).isTrue();
    assertThat(rel.value().kind()).isEqualTo(ScalarKind.LONG);
    assertThat(rel.relation()).hasValueSatisfying(r -> {
      assertThat(r.target().canonicalName()).isEqualTo("com.example.library.Author");
      assertThat(r.targetPath()).isEqualTo("authors");
      assertThat(r.targetIdAccess().getter()).contains("getId");
    });
    assertThat(book.searchable()).extracting(PropertyModel::name).containsExactly("genre", "author");
    assertThat(book.sortable()).extracting(PropertyModel::name)
        .containsExactly("id", "version", "title", "price", "genre", "pages", "createdAt");
  }

  /** Lombok's processor, hidden in a package-private class of lombok.jar; listed first, as users do. */
  static javax.annotation.processing.Processor lombok() {
    try {
      var c = Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor").getDeclaredConstructor();
      c.setAccessible(true);
      return (javax.annotation.processing.Processor) c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void propertyAccessAndLombokAccessors() {
    JavaFileObject member = JavaFileObjects.forSourceLines("com.example.club.Member",
        "package com.example.club;",
        "import dev.armature.annotations.*;",
        "import jakarta.persistence.*;",
        "import java.util.UUID;",
        "@Entity @ApiResource @lombok.Getter @lombok.Setter",
        "public class Member {",
        "  @Id private UUID id;",
        "  private boolean active;",
        "  private String nickName;",
        "}");
    JavaFileObject loan = JavaFileObjects.forSourceLines("com.example.club.BookLoan",
        "package com.example.club;",
        "import dev.armature.annotations.*;",
        "import jakarta.persistence.*;",
        "@Entity @ApiResource",
        "public class BookLoan {",
        "  private Integer key;",
        "  private String status;",
        "  @Id public Integer getKey() { return key; }",
        "  public void setKey(Integer key) { this.key = key; }",
        "  @Column(nullable = false) public String getStatus() { return status; }",
        "  public void setStatus(String status) { this.status = status; }",
        "  @Transient public String getLabel() { return status; }",
        "}");
    ScanningProcessor scanning = new ScanningProcessor();
    Compilation compilation = Compiler.javac().withProcessors(lombok(), scanning)
        .compile(member, loan);
    assertThat(compilation).succeeded();

    EntityModel m = scanning.entity("Member");
    assertThat(m.path()).isEqualTo("members");
    assertThat(m.id().value().kind()).isEqualTo(ScalarKind.UUID);
    assertThat(m.property("active").access().getter()).contains("isActive");
    assertThat(m.property("active").access().setter()).contains("setActive");
    assertThat(m.property("nickName").access().getter()).contains("getNickName");
    assertThat(m.surfaces().create()).as("a UUID id is assigned by the service").containsExactly("active", "nickName");

    EntityModel l = scanning.entity("BookLoan");
    assertThat(l.path()).isEqualTo("book-loans");
    assertThat(l.id().name()).isEqualTo("key");
    assertThat(l.id().generated()).isFalse();
    assertThat(l.surfaces().create()).as("an assigned id is part of create").containsExactly("key", "status");
    assertThat(l.surfaces().update()).containsExactly("status");
    assertThat(l.property("status").required()).isTrue();
    assertThat(l.properties()).extracting(PropertyModel::name).containsExactly("status");
    assertThat(l.id().required()).as("an assigned id must come with the create request").isTrue();
    assertThat(m.id().required()).as("a UUID id left out is made by the generated create").isFalse();
  }

  @Test
  void anAssignedIdIsRequiredOnCreateAndAPrimitiveKeepsItsEntityValue() {
    JavaFileObject prescription = JavaFileObjects.forSourceLines("com.example.clinic.Prescription",
        "package com.example.clinic;",
        "import dev.armature.annotations.*;",
        "import jakarta.persistence.*;",
        "import jakarta.validation.constraints.*;",
        "@Entity @ApiResource",
        "public class Prescription {",
        "  @Id @Pattern(regexp = \"RX-[0-9]{4}\") public String code;",
        "  public int durationMinutes = 30;",
        "  @NotNull public boolean confirmed;",
        "  @Column(nullable = false) public long doses = 1;",
        "  @Column(nullable = false) public String drug = \"Aspirin\";",
        "}");
    ScanningProcessor scanning = new ScanningProcessor();
    assertThat(Compiler.javac().withProcessors(scanning).compile(prescription)).succeeded();

    EntityModel e = scanning.entity("Prescription");
    PropertyModel code = e.id();
    assertThat(code.generated()).isFalse();
    assertThat(e.surfaces().create()).containsExactly("code", "durationMinutes", "confirmed", "doses", "drug");
    assertThat(code.required()).isTrue();
    assertThat(code.requiredIn(SurfaceKind.CREATE)).isTrue();
    assertThat(code.constraints()).extracting(c -> c.simpleName() + (c.implied() ? " (implied)" : ""))
        .containsExactly("Pattern", "NotNull (implied)", "Size (implied)");

    PropertyModel duration = e.property("durationMinutes");
    assertThat(duration.required()).isTrue();
    assertThat(duration.requiredIn(SurfaceKind.CREATE)).as("left out of a POST it keeps 30").isFalse();
    assertThat(duration.requiredIn(SurfaceKind.UPDATE)).as("a PUT cannot clear a primitive").isTrue();
    assertThat(duration.constraintsIn(SurfaceKind.CREATE)).isEmpty();
    assertThat(duration.constraintsIn(SurfaceKind.UPDATE)).extracting(c -> c.simpleName()).containsExactly("NotNull");
    assertThat(e.property("doses").requiredIn(SurfaceKind.CREATE)).as("nullable = false is moot for a primitive")
        .isFalse();
    assertThat(e.property("confirmed").requiredIn(SurfaceKind.CREATE)).as("a declared @NotNull asks for it").isTrue();
    assertThat(e.property("confirmed").constraintsIn(SurfaceKind.CREATE)).hasSize(1);
    assertThat(code.checkedAfterCreate()).isFalse();
    assertThat(duration.checkedAfterCreate()).as("a primitive is never null").isFalse();
    PropertyModel drug = e.property("drug");
    assertThat(drug.requiredIn(SurfaceKind.CREATE)).as("nullable = false only: the entity may give it").isFalse();
    assertThat(drug.checkedAfterCreate()).isTrue();
    assertThat(drug.constraintsIn(SurfaceKind.CREATE)).extracting(c -> c.simpleName()).containsExactly("Size");
    assertThat(drug.requiredIn(SurfaceKind.UPDATE)).isTrue();
  }

  @Test
  void aNumericColumnsPrecisionAndScaleImplyDigits() {
    JavaFileObject car = JavaFileObjects.forSourceLines("com.example.fleet.Car",
        "package com.example.fleet;",
        "import dev.armature.annotations.*;",
        "import jakarta.persistence.*;",
        "import jakarta.validation.constraints.*;",
        "import java.math.*;",
        "@Entity @ApiResource",
        "public class Car {",
        "  @Id @GeneratedValue public Long id;",
        "  @Column(precision = 12, scale = 2) public BigDecimal purchasePrice;",
        "  @Column(precision = 12, scale = 2) @Digits(integer = 6, fraction = 1) public BigDecimal fee;",
        "  @Column(precision = 20) public BigInteger odometer;",
        "  public BigDecimal free;",
        "  @Column(precision = 5, columnDefinition = \"numeric\") public BigDecimal defined;",
        "}");
    ScanningProcessor scanning = new ScanningProcessor();
    assertThat(Compiler.javac().withProcessors(scanning).compile(car)).succeeded();

    EntityModel e = scanning.entity("Car");
    assertThat(e.property("purchasePrice").constraint("Digits")).hasValueSatisfying(c -> {
      assertThat(c.implied()).isTrue();
      assertThat(c.attributes()).containsEntry("integer", 10L).containsEntry("fraction", 2L);
    });
    assertThat(e.property("fee").constraint("Digits")).as("an explicit @Digits wins").hasValueSatisfying(c -> {
      assertThat(c.implied()).isFalse();
      assertThat(c.attributes()).containsEntry("integer", 6L).containsEntry("fraction", 1L);
    });
    assertThat(e.property("fee").constraints()).hasSize(1);
    assertThat(e.property("odometer").constraint("Digits")).hasValueSatisfying(c ->
        assertThat(c.attributes()).containsEntry("integer", 20L).containsEntry("fraction", 0L));
    assertThat(e.property("free").constraint("Digits")).isEmpty();
    assertThat(e.property("defined").constraint("Digits")).isEmpty();
  }
}

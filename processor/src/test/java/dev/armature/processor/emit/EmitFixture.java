package dev.armature.processor.emit;

import com.google.testing.compile.JavaFileObjects;
import dev.armature.annotations.Operation;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * A realistic IR built by hand (Author; Book with a relation, a version, an enum, a nested enum in
 * constraints, read-only and write-only fields and custom surfaces; Publisher with an assigned UUID id,
 * public fields and no version) plus the entity sources it describes.
 */
public final class EmitFixture {
  static final String PKG = "com.example.library";
  static final String API = PKG + ".api";
  private static final String V = "jakarta.validation.constraints";

  private EmitFixture() {}

  public static DomainModel model(int jacksonMajor, boolean security) {
    return new DomainModel(API, new Classpath(jacksonMajor, security), List.of(author(), book(), publisher()));
  }

  private static TypeRef type(String pkg, String... names) {
    return TypeRef.of(pkg, names);
  }

  private static ValueType value(ScalarKind kind, String pkg, String name) {
    return new ValueType(kind, type(pkg, name), false, List.of());
  }

  private static final ValueType LONG = value(ScalarKind.LONG, "java.lang", "Long");
  private static final ValueType STRING = value(ScalarKind.STRING, "java.lang", "String");

  private static ConstraintModel constraint(String name, Map<String, Object> attributes, boolean implied) {
    return new ConstraintModel(type(V, name), attributes, implied);
  }

  /** A property read through accessors named after it. */
  private static PropertyModel property(String name, PropertyKind kind, ValueType value, boolean generated,
      boolean searchable, boolean readOnly, boolean writeOnly, List<ConstraintModel> constraints) {
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String getter = (value.primitive() && value.kind() == ScalarKind.BOOLEAN ? "is" : "get") + cap;
    return new PropertyModel(name, name, kind, value, Access.accessors(getter, "set" + cap), readOnly, writeOnly,
        searchable, generated, constraints.stream().anyMatch(c -> c.simpleName().startsWith("Not")), false,
        ColumnNames.physical(name), constraints, Optional.empty(), null);
  }

  private static PropertyModel scalar(String name, ValueType value, List<ConstraintModel> constraints) {
    return property(name, PropertyKind.SCALAR, value, false, false, false, false, constraints);
  }

  private static PropertyModel id(ValueType value, boolean generated) {
    return property("id", PropertyKind.ID, value, generated, false, false, false, List.of());
  }

  private static PropertyModel version() {
    return property("version", PropertyKind.VERSION, LONG, false, false, false, false, List.of());
  }

  private static EntityModel entity(String name, String path, PropertyModel id, Optional<PropertyModel> version,
      List<PropertyModel> properties, SecurityModel security, Surfaces surfaces, EnumSet<Operation> operations) {
    return new EntityModel(PKG + "." + name, type(PKG, name), path, id, version, properties, operations, security,
        new PagingModel(20, 100), surfaces, Optional.empty(), null);
  }

  static EntityModel author() {
    PropertyModel name = scalar("name", STRING, List.of(
        constraint("NotBlank", Map.of(), false), constraint("Size", Map.of("max", 80L), true)));
    return entity("Author", "authors", id(LONG, true), Optional.of(version()), List.of(name),
        new SecurityModel(List.of(), List.of("ADMIN")),
        new Surfaces(List.of("name"), List.of("name"), List.of("id", "version", "name"), List.of("id", "version", "name")),
        EnumSet.allOf(Operation.class));
  }

  static EntityModel book() {
    ValueType genre = new ValueType(ScalarKind.ENUM, type(PKG, "Book", "Genre"), false, List.of("FICTION", "POETRY"));
    List<PropertyModel> properties = new ArrayList<>();
    properties.add(property("title", PropertyKind.SCALAR, STRING, false, true, false, false, List.of(
        constraint("NotBlank", Map.of(), false), constraint("Size", Map.of("max", 200L), false))));
    properties.add(property("isbn", PropertyKind.SCALAR, STRING, false, true, false, false, List.of(
        constraint("Pattern", Map.of("regexp", "[0-9X-]{10,17}", "message", "must be an \"ISBN\"",
            "flags", List.of(new ConstraintModel.EnumValue(type(V, "Pattern", "Flag"), "CASE_INSENSITIVE"))), false))));
    properties.add(scalar("price", value(ScalarKind.BIG_DECIMAL, "java.math", "BigDecimal"), List.of(
        constraint("DecimalMin", Map.of("value", "0.00", "inclusive", true), false))));
    properties.add(property("genre", PropertyKind.SCALAR, genre, false, true, false, false, List.of()));
    properties.add(property("published", PropertyKind.SCALAR, value(ScalarKind.LOCAL_DATE, "java.time", "LocalDate"),
        false, true, false, false, List.of()));
    properties.add(property("pages", PropertyKind.SCALAR, new ValueType(ScalarKind.INTEGER, type("java.lang", "Integer"), true, List.of()),
        false, false, false, false, List.of(constraint("NotNull", Map.of(), true), constraint("Min", Map.of("value", 1L), false),
            constraint("Max", Map.of("value", 5_000_000_000L), false))));
    properties.add(property("createdAt", PropertyKind.SCALAR, value(ScalarKind.INSTANT, "java.time", "Instant"),
        false, false, true, false, List.of()));
    properties.add(property("secretNote", PropertyKind.SCALAR, STRING, false, false, false, true, List.of()));
    properties.add(new PropertyModel("author", "authorId", PropertyKind.TO_ONE, LONG, Access.accessors("getAuthor", "setAuthor"),
        false, false, true, false, true, false, "author_id", List.of(constraint("NotNull", Map.of(), true)),
        Optional.of(new RelationModel(type(PKG, "Author"), "id", Access.accessors("getId", "setId"), "authors", false)), null));
    return entity("Book", "books", id(LONG, true), Optional.of(version()), properties,
        new SecurityModel(List.of(), List.of("ADMIN", "EDITOR")),
        new Surfaces(
            List.of("title", "isbn", "price", "genre", "author", "pages", "secretNote"),
            List.of("title", "isbn", "price", "genre", "author", "published", "pages", "secretNote"),
            List.of("id", "version", "title", "isbn", "price", "genre", "published", "pages", "createdAt", "author"),
            List.of("id", "title", "author")),
        EnumSet.allOf(Operation.class));
  }

  static EntityModel publisher() {
    ValueType uuid = value(ScalarKind.UUID, "java.util", "UUID");
    PropertyModel id = new PropertyModel("id", "id", PropertyKind.ID, uuid, Access.field("id"), false, false, false,
        false, false, false, "id", List.of(), Optional.empty(), null);
    PropertyModel name = new PropertyModel("name", "name", PropertyKind.SCALAR, STRING, Access.field("name"), false, false,
        true, false, true, true, "name", List.of(constraint("NotNull", Map.of(), true)), Optional.empty(), null);
    PropertyModel founded = new PropertyModel("founded", "founded", PropertyKind.SCALAR,
        value(ScalarKind.LOCAL_DATE_TIME, "java.time", "LocalDateTime"), Access.field("founded"), false, false, true,
        false, false, false, "founded", List.of(), Optional.empty(), null);
    return entity("Publisher", "publishers", id, Optional.empty(), List.of(name, founded),
        new SecurityModel(List.of("READER"), List.of("EDITOR")),
        new Surfaces(List.of("id", "name", "founded"), List.of("name", "founded"),
            List.of("id", "name", "founded"), List.of("id", "name", "founded")),
        EnumSet.of(Operation.LIST, Operation.READ, Operation.CREATE, Operation.DELETE));
  }

  /** The entities the IR describes. */
  static List<JavaFileObject> entitySources() {
    return List.of(
        JavaFileObjects.forSourceLines(PKG + ".Author",
            "package " + PKG + ";",
            "import jakarta.persistence.*;",
            "@Entity public class Author {",
            "  @Id @GeneratedValue private Long id;",
            "  @Version private Long version;",
            "  private String name;",
            "  public Long getId() { return id; }",
            "  public void setId(Long id) { this.id = id; }",
            "  public Long getVersion() { return version; }",
            "  public void setVersion(Long version) { this.version = version; }",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "}"),
        JavaFileObjects.forSourceLines(PKG + ".Book",
            "package " + PKG + ";",
            "import jakarta.persistence.*;",
            "import java.math.BigDecimal;",
            "import java.time.*;",
            "@Entity public class Book {",
            "  public enum Genre { FICTION, POETRY }",
            "  @Id @GeneratedValue private Long id;",
            "  @Version private Long version;",
            "  private String title, isbn, secretNote;",
            "  private BigDecimal price;",
            "  @Enumerated(EnumType.STRING) private Genre genre;",
            "  private LocalDate published;",
            "  private int pages;",
            "  private Instant createdAt;",
            "  @ManyToOne(optional = false) private Author author;",
            "  public Long getId() { return id; }  public void setId(Long v) { id = v; }",
            "  public Long getVersion() { return version; }  public void setVersion(Long v) { version = v; }",
            "  public String getTitle() { return title; }  public void setTitle(String v) { title = v; }",
            "  public String getIsbn() { return isbn; }  public void setIsbn(String v) { isbn = v; }",
            "  public BigDecimal getPrice() { return price; }  public void setPrice(BigDecimal v) { price = v; }",
            "  public Genre getGenre() { return genre; }  public void setGenre(Genre v) { genre = v; }",
            "  public LocalDate getPublished() { return published; }  public void setPublished(LocalDate v) { published = v; }",
            "  public int getPages() { return pages; }  public void setPages(int v) { pages = v; }",
            "  public Instant getCreatedAt() { return createdAt; }  public void setCreatedAt(Instant v) { createdAt = v; }",
            "  public String getSecretNote() { return secretNote; }  public void setSecretNote(String v) { secretNote = v; }",
            "  public Author getAuthor() { return author; }  public void setAuthor(Author v) { author = v; }",
            "}"),
        JavaFileObjects.forSourceLines(PKG + ".Publisher",
            "package " + PKG + ";",
            "import jakarta.persistence.*;",
            "@Entity public class Publisher {",
            "  @Id public java.util.UUID id;",
            "  @Column(nullable = false, unique = true) public String name;",
            "  public java.time.LocalDateTime founded;",
            "}"));
  }
}

package dev.armature.processor.openapi;

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

/**
 * A hand-built IR of a small library, as the scanner would make it from:
 * {@code Author} (all operations, no {@code @Version}), {@code Book} ({@code @Version}, a required
 * {@code @ManyToOne} author, an enum, a {@code BigDecimal} with {@code @DecimalMin}, a {@code LocalDate},
 * {@code @Searchable} title and isbn, {@code @Size}, {@code @ReadOnly} createdAt, {@code @WriteOnly}
 * secretNote, custom surfaces with a distinct list surface, write roles ADMIN and EDITOR) and
 * {@code Publisher} (UUID id, only LIST and READ, reads need role STAFF).
 */
public final class LibraryModel {
  static final String PKG = "com.example.library";
  static final String JAKARTA = "jakarta.validation.constraints";

  private LibraryModel() {}

  public static DomainModel model() {
    return model(true);
  }

  public static DomainModel model(boolean springSecurity) {
    return new DomainModel(PKG + ".api", new Classpath(2, springSecurity), List.of(author(), book(), publisher()));
  }

  /**
   * The library with strings a YAML writer must quote: enum constants that YAML 1.1 reads as booleans or
   * null, roles with YAML indicators, a pattern with quotes, backslashes and non-ASCII letters.
   */
  public static DomainModel awkwardStrings() {
    EntityModel b = book();
    List<PropertyModel> properties = new ArrayList<>();
    for (PropertyModel p : b.properties()) {
      if (p.name().equals("genre")) {
        p = new P("genre", "genre", PropertyKind.SCALAR, new ValueType(ScalarKind.ENUM, TypeRef.of(PKG, "Book", "Genre"),
            false, List.of("YES", "NO", "ON", "OFF", "Y", "N", "TRUE", "False", "NULL", "Null", "_1", "E1")))
            .searchable().build();
      } else if (p.name().equals("isbn")) {
        p = new P("isbn", "isbn", PropertyKind.SCALAR, value(ScalarKind.STRING, "java.lang", "String")).searchable()
            .constraint("Pattern", Map.of("regexp", "[\\w'\"#: ]+ é, {2} [a-z]|\\d+ #x")).build();
      }
      properties.add(p);
    }
    EntityModel book = new EntityModel(b.qualifiedName(), b.type(), b.path(), b.id(), b.version(), properties,
        b.operations(), new SecurityModel(List.of("#reader", "- dash", "ops: admin", "a, b", "it's \"quoted\"", "123",
            "1.5", "0x1F", "~", "yes", "[x]", "{y}", "*star", "&amp", "!bang", "|pipe", ">gt", "?q", "%pct", "@at",
            "`tick", "a #b", "trailing:", "ünï"), List.of("ADMIN")),
        b.paging(), b.surfaces(), b.repository(), null);
    return new DomainModel(PKG + ".api", new Classpath(3, true), List.of(author(), book, publisher()));
  }

  static EntityModel author() {
    PropertyModel id = id("id", value(ScalarKind.LONG, "java.lang", "Long"), true);
    PropertyModel name = prop("name", ScalarKind.STRING, "String").searchable().required()
        .constraint("NotBlank", Map.of()).constraint("Size", Map.of("max", 120L)).build();
    PropertyModel email = prop("email", ScalarKind.STRING, "String").unique().constraint("Email", Map.of()).build();
    return new EntityModel(PKG + ".Author", TypeRef.of(PKG, "Author"), "authors", id, Optional.empty(),
        List.of(name, email), EnumSet.allOf(Operation.class), new SecurityModel(List.of(), List.of("ADMIN")),
        new PagingModel(20, 100),
        new Surfaces(List.of("name", "email"), List.of("name", "email"), List.of("id", "name", "email"),
            List.of("id", "name", "email")),
        Optional.empty(), null);
  }

  static EntityModel book() {
    PropertyModel id = id("id", value(ScalarKind.LONG, "java.lang", "Long"), true);
    PropertyModel version = new P("version", "version", PropertyKind.VERSION, value(ScalarKind.LONG, "java.lang", "Long"))
        .generated().build();
    PropertyModel title = prop("title", ScalarKind.STRING, "String").searchable().required()
        .constraint("NotBlank", Map.of()).constraint("Size", Map.of("max", 200L)).build();
    PropertyModel isbn = prop("isbn", ScalarKind.STRING, "String").searchable().unique()
        .constraint("Pattern", Map.of("regexp", "[0-9-]{10,17}")).build();
    PropertyModel price = prop("price", ScalarKind.BIG_DECIMAL, "java.math", "BigDecimal")
        .constraint("DecimalMin", Map.of("value", "0.00")).constraint("DecimalMax", Map.of("value", "10000", "inclusive", false))
        .build();
    PropertyModel genre = new P("genre", "genre", PropertyKind.SCALAR,
        new ValueType(ScalarKind.ENUM, TypeRef.of(PKG, "Book", "Genre"), false, List.of("FICTION", "NON_FICTION", "POETRY")))
        .searchable().build();
    PropertyModel published = prop("published", ScalarKind.LOCAL_DATE, "java.time", "LocalDate").build();
    PropertyModel pages = new P("pages", "pages", PropertyKind.SCALAR, new ValueType(ScalarKind.INTEGER,
        TypeRef.of("java.lang", "Integer"), true, List.of())).required().implied("NotNull")
        .constraint("Min", Map.of("value", 1L)).constraint("Max", Map.of("value", 10000L)).build();
    PropertyModel authorRef = new P("author", "authorId", PropertyKind.TO_ONE, value(ScalarKind.LONG, "java.lang", "Long"))
        .searchable().required().implied("NotNull")
        .relation(new RelationModel(TypeRef.of(PKG, "Author"), "id", Access.field("id"), "authors", false)).build();
    PropertyModel createdAt = prop("createdAt", ScalarKind.INSTANT, "java.time", "Instant").readOnly().generated().build();
    PropertyModel secretNote = prop("secretNote", ScalarKind.STRING, "String").writeOnly()
        .constraint("Size", Map.of("min", 3L, "max", 500L)).build();
    List<String> create = List.of("title", "isbn", "price", "genre", "pages", "author", "secretNote");
    List<String> update = List.of("title", "isbn", "price", "genre", "pages", "author", "published", "secretNote");
    return new EntityModel(PKG + ".Book", TypeRef.of(PKG, "Book"), "books", id, Optional.of(version),
        List.of(title, isbn, price, genre, published, pages, authorRef, createdAt, secretNote),
        EnumSet.allOf(Operation.class), new SecurityModel(List.of(), List.of("EDITOR", "ADMIN")), new PagingModel(20, 100),
        new Surfaces(create, update,
            List.of("id", "version", "title", "isbn", "price", "genre", "published", "pages", "author", "createdAt"),
            List.of("id", "title", "price", "author")),
        Optional.of(TypeRef.of(PKG, "BookRepository")), null);
  }

  static EntityModel publisher() {
    PropertyModel id = id("id", value(ScalarKind.UUID, "java.util", "UUID"), false);
    PropertyModel name = prop("name", ScalarKind.STRING, "String").required().constraint("NotBlank", Map.of()).build();
    PropertyModel country = prop("country", ScalarKind.STRING, "String").searchable()
        .constraint("Size", Map.of("min", 2L, "max", 2L)).build();
    return new EntityModel(PKG + ".Publisher", TypeRef.of(PKG, "Publisher"), "publishers", id, Optional.empty(),
        List.of(name, country), EnumSet.of(Operation.READ, Operation.LIST),
        new SecurityModel(List.of("STAFF"), List.of("ADMIN")), new PagingModel(10, 50),
        new Surfaces(List.of("id", "name", "country"), List.of("name", "country"), List.of("id", "name", "country"),
            List.of("id", "name", "country")),
        Optional.empty(), null);
  }

  private static ValueType value(ScalarKind kind, String pkg, String name) {
    return new ValueType(kind, TypeRef.of(pkg, name), false, List.of());
  }

  private static PropertyModel id(String name, ValueType value, boolean generated) {
    P p = new P(name, name, PropertyKind.ID, value);
    return (generated ? p.generated() : p).build();
  }

  private static P prop(String name, ScalarKind kind, String simpleName) {
    return prop(name, kind, "java.lang", simpleName);
  }

  private static P prop(String name, ScalarKind kind, String pkg, String simpleName) {
    return new P(name, name, PropertyKind.SCALAR, value(kind, pkg, simpleName));
  }

  /** A small builder, so the fixture reads like the entity it stands for. */
  private static final class P {
    private final String name;
    private final String jsonName;
    private final PropertyKind kind;
    private final ValueType value;
    private boolean readOnly;
    private boolean writeOnly;
    private boolean searchable;
    private boolean generated;
    private boolean required;
    private boolean unique;
    private final List<ConstraintModel> constraints = new ArrayList<>();
    private Optional<RelationModel> relation = Optional.empty();

    P(String name, String jsonName, PropertyKind kind, ValueType value) {
      this.name = name;
      this.jsonName = jsonName;
      this.kind = kind;
      this.value = value;
    }

    P readOnly() { readOnly = true; return this; }
    P writeOnly() { writeOnly = true; return this; }
    P searchable() { searchable = true; return this; }
    P generated() { generated = true; return this; }
    P unique() { unique = true; return this; }

    P required() {
      required = true;
      return this;
    }

    P constraint(String simpleName, Map<String, Object> attributes) {
      constraints.add(new ConstraintModel(TypeRef.of(JAKARTA, simpleName), attributes, false));
      return this;
    }

    P implied(String simpleName) {
      constraints.add(new ConstraintModel(TypeRef.of(JAKARTA, simpleName), Map.of(), true));
      return this;
    }

    P relation(RelationModel r) {
      relation = Optional.of(r);
      return this;
    }

    PropertyModel build() {
      String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      Access access = Access.accessors("get" + cap, readOnly || kind == PropertyKind.ID ? null : "set" + cap);
      return new PropertyModel(name, jsonName, kind, value, access, readOnly, writeOnly, searchable, generated,
          required, unique, relation.isPresent() ? ColumnNames.joinColumn(name, "id") : ColumnNames.physical(name),
          List.copyOf(constraints), relation, null);
    }
  }
}

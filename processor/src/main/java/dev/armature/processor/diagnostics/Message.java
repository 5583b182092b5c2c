package dev.armature.processor.diagnostics;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor can report: its kind, a stable tag (shown in brackets, usable to
 * silence a warning with {@code -Aarmature.suppress=tag,tag} everywhere, or with
 * {@code @SuppressWarnings("armature:tag")} on the element or its class) and a message with a hint for the fix.
 * Arguments are {@link String#format} arguments.
 */
public enum Message {
  NOT_AN_ENTITY(Kind.ERROR, "not-an-entity",
      "@ApiResource is on %s, which is not a JPA @Entity; add @jakarta.persistence.Entity or remove @ApiResource"),
  NOT_A_CONCRETE_CLASS(Kind.ERROR, "not-a-class",
      "@ApiResource needs a concrete class, but %s is %s"),
  NO_ID(Kind.ERROR, "no-id",
      "%s has no @Id property; add an @Id field (Long, Integer, UUID or String)"),
  COMPOSITE_ID(Kind.ERROR, "composite-id",
      "%s uses a composite id (%s), which Armature does not expose; use a single @Id of type Long, Integer, UUID or String"),
  UNSUPPORTED_ID_TYPE(Kind.ERROR, "id-type",
      "the @Id '%s' has type %s; Armature supports Long, Integer, UUID and String ids"),
  UNKNOWN_SURFACE(Kind.ERROR, "unknown-surface",
      "unknown surface name \"%s\"; use one of create, update, read, list%s"),
  DUPLICATE_SURFACE(Kind.ERROR, "duplicate-surface",
      "surface \"%s\" is declared more than once on %s; merge the two @Surface annotations"),
  UNKNOWN_SURFACE_FIELD(Kind.ERROR, "unknown-field",
      "@Surface(name = \"%s\") names '%s', which %s does not have%s"),
  DUPLICATE_SURFACE_FIELD(Kind.ERROR, "duplicate-field",
      "@Surface(name = \"%s\") names '%s' twice; list each field once"),
  COLLECTION_IN_SURFACE(Kind.ERROR, "collection-field",
      "@Surface(name = \"%s\") names '%s', a collection relation; Armature exposes only the owning to-one side (e.g. '%s' of the related entity)"),
  READ_ONLY_IN_WRITE_SURFACE(Kind.ERROR, "read-only-in-request",
      "@Surface(name = \"%s\") names '%s', which is %s and can never be accepted from a request; remove it from the surface"),
  WRITE_ONLY_IN_READ_SURFACE(Kind.ERROR, "write-only-in-response",
      "@Surface(name = \"%s\") names '%s', which is @WriteOnly and can never be written to a response; remove it from the surface"),
  WRITE_ONLY_ID(Kind.ERROR, "write-only-id",
      "the @Id '%s' cannot be @WriteOnly: clients need it to address the resource; remove @WriteOnly"),
  READ_ONLY_AND_WRITE_ONLY(Kind.ERROR, "read-and-write-only",
      "'%s' is both @ReadOnly and @WriteOnly, so no request or response could carry it; keep one"),
  INVALID_PATH(Kind.ERROR, "invalid-path",
      "path \"%s\" is not a valid resource path; use lower-case words separated by '-' (e.g. \"book-loans\"), without '/api' or slashes at either end"),
  DUPLICATE_PATH(Kind.ERROR, "duplicate-path",
      "path \"%s\" is already used by %s; give one of them another @ApiResource(path = ...)"),
  INVALID_PAGE_SIZES(Kind.ERROR, "page-size",
      "%s; need 1 <= defaultPageSize <= maxPageSize"),
  NO_OPERATIONS(Kind.ERROR, "no-operations",
      "@ApiResource(operations = {}) generates nothing; list at least one Operation or remove @ApiResource"),
  DUPLICATE_OPERATION(Kind.WARNING, "duplicate-operation",
      "Operation.%s is listed more than once"),
  INVALID_ROLE(Kind.ERROR, "invalid-role",
      "role \"%s\" is not valid: %s"),
  UNSUPPORTED_TYPE(Kind.ERROR, "unsupported-type",
      "'%s' has type %s, which Armature cannot expose; supported: String, numbers, BigDecimal, BigInteger, boolean, enums, LocalDate, LocalDateTime, Instant, UUID and to-one relations. Leave it out with explicit @Surface declarations, or mark it @Transient"),
  UNSUPPORTED_SEARCHABLE(Kind.ERROR, "unsupported-searchable",
      "@Searchable on '%s' is not supported: %s"),
  RESERVED_FILTER_NAME(Kind.ERROR, "reserved-filter",
      "@Searchable '%s' would be the list filter ?%s=, which is the paging and sorting parameter of the same name; rename the property or drop @Searchable"),
  INACCESSIBLE_PROPERTY(Kind.ERROR, "inaccessible",
      "'%s' cannot be %s by generated code: add a public %s (or Lombok's @%s), or make the field public"),
  NO_PUBLIC_CONSTRUCTOR(Kind.ERROR, "no-constructor",
      "%s needs a public or protected no-argument constructor for Operation.CREATE, as JPA does; add one or drop CREATE"),
  RELATION_NOT_ENTITY(Kind.ERROR, "relation-target",
      "'%s' is a %s to %s, which is not an @Entity with a single @Id"),
  MISSING_DEPENDENCY(Kind.ERROR, "missing-dependency",
      "%s is not on the class path, but the generated code needs it; add %s"),
  REPOSITORY_MISMATCH(Kind.ERROR, "repository",
      "%s is a Spring Data repository of %s but not a JpaRepository<%s, %s>; extend JpaRepository<%s, %s> so the generated service can use it, or rename it"),
  GENERATED_NAME_TAKEN(Kind.ERROR, "name-taken",
      "Armature generates %s, but %s"),
  SIMPLE_NAME_CLASH(Kind.ERROR, "simple-name-clash",
      "%s and %s have the same simple name, so their generated classes would clash; rename one"),
  LATE_RESOURCE(Kind.ERROR, "late-resource",
      "%s appeared in a later annotation processing round, after Armature had generated the API; generate it in the first round or declare it in source"),
  INCOMPLETE_TYPE(Kind.ERROR, "incomplete-type",
      "%s could not be resolved after all annotation processing rounds (%s); check the type names and imports"),
  NO_VERSION(Kind.WARNING, "no-version",
      "%s has no @Version property: responses carry no ETag, clients cannot make conditional writes (If-Match) and concurrent updates overwrite each other; add @Version Long version"),
  PUBLIC_WRITES(Kind.WARNING, "public-writes",
      "@ApiResource(writeRoles = {}) lets anyone create, change and delete %s; name a role unless that is intended"),
  ID_NOT_IN_SURFACE(Kind.WARNING, "id-not-in-surface",
      "@Surface(name = \"%s\") leaves out the id '%s', so the items it returns cannot be linked to or addressed; add \"%s\" to its fields"),
  CACHED_REPOSITORY(Kind.WARNING, "cached-repository",
      "%s is Spring-cached (@%s), but the API writes %s through saveAndFlush and delete, which evict none of its caches, so cached reads go stale after an API write; evict them yourself (e.g. in a @TransactionalEventListener) or drop the cache annotations"),
  REQUIRED_NOT_IN_CREATE(Kind.WARNING, "required-not-in-create",
      "'%s' is required (%s) but not in the create surface, so every POST fails unless the entity sets it itself; add it to @Surface(name = \"create\")"),
  STALE_GENERATED_SOURCE(Kind.ERROR, "stale-generated",
      "%s was generated by an earlier build and is among the sources being compiled, so it cannot be generated again; run mvn clean, or take target/generated-sources/annotations out of your source folders"),
  INTERNAL_ERROR(Kind.ERROR, "internal",
      "Armature failed on %s: %s; please report this with the entity's source");

  private final Kind kind;
  private final String tag;
  private final String template;

  Message(Kind kind, String tag, String template) {
    this.kind = kind;
    this.tag = tag;
    this.template = template;
  }

  public Kind kind() {
    return kind;
  }

  /** The stable tag, e.g. {@code unknown-field}. */
  public String tag() {
    return tag;
  }

  /** The full text: {@code [armature:tag] message}. */
  public String format(Object... args) {
    return "[armature:" + tag + "] " + String.format(template, args);
  }
}

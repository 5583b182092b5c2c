package dev.armature.processor.scan;

import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.model.Access;
import dev.armature.processor.model.ColumnNames;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Turns one {@link RawProperty} into an IR {@link PropertyModel}, or says why it is not exposed
 * (a collection, an inverse side, an unsupported type), reporting mistakes on the property.
 */
final class PropertyClassifier {
  private static final String[] GENERATED = {
    "org.hibernate.annotations.CreationTimestamp", "org.hibernate.annotations.UpdateTimestamp",
    "org.hibernate.annotations.Generated", "org.hibernate.annotations.CurrentTimestamp",
    "org.springframework.data.annotation.CreatedDate", "org.springframework.data.annotation.LastModifiedDate",
    "org.springframework.data.annotation.CreatedBy", "org.springframework.data.annotation.LastModifiedBy"};
  private static final String[] COLLECTIONS = {"OneToMany", "ManyToMany", "ElementCollection"};
  private static final String[] ID_KINDS = {"java.lang.Long", "java.lang.Integer", "java.util.UUID", "java.lang.String"};

  /** What became of a raw property. */
  sealed interface Outcome permits Exposed, Collection, Unsupported, Failed {}

  record Exposed(PropertyModel property) implements Outcome {}

  record Collection(String hint) implements Outcome {}

  record Unsupported(String typeName) implements Outcome {}

  record Failed() implements Outcome {}

  private final Annotations annotations;
  private final ValueTypes valueTypes;
  private final ConstraintReader constraints;
  private final IdLocator ids;
  private final Reporter reporter;

  PropertyClassifier(Annotations annotations, ValueTypes valueTypes, IdLocator ids, Reporter reporter) {
    this.annotations = annotations;
    this.valueTypes = valueTypes;
    this.constraints = new ConstraintReader(valueTypes);
    this.ids = ids;
    this.reporter = reporter;
  }

  Outcome classify(RawProperty raw, TypeElement entity) {
    Element at = raw.mappingElement();
    boolean searchable = has(raw, "dev.armature.annotations.Searchable");
    for (String c : COLLECTIONS) {
      if (jpa(raw, c).isPresent()) {
        if (searchable) {
          return searchableCollection(raw, at);
        }
        return new Collection(entity.getSimpleName().toString().substring(0, 1).toLowerCase() + entity.getSimpleName().toString().substring(1) + "Id");
      }
    }
    Optional<AnnotationMirror> oneToOne = jpa(raw, "OneToOne");
    if (oneToOne.isPresent() && !annotations.string(oneToOne.get(), "mappedBy").isEmpty()) {
      if (searchable) {
        return searchableCollection(raw, at);
      }
      return new Collection("the owning side's id");
    }
    boolean readOnly = has(raw, "dev.armature.annotations.ReadOnly");
    boolean writeOnly = has(raw, "dev.armature.annotations.WriteOnly");
    boolean id = jpa(raw, "Id").isPresent();
    boolean version = jpa(raw, "Version").isPresent();
    Optional<AnnotationMirror> manyToOne = jpa(raw, "ManyToOne");
    Optional<AnnotationMirror> toOne = manyToOne.isPresent() ? manyToOne : oneToOne;
    int before = reporter.errorCount();
    if (readOnly && writeOnly) {
      reporter.report(Message.READ_ONLY_AND_WRITE_ONLY, at, raw.name());
    }
    if (id && writeOnly) {
      reporter.report(Message.WRITE_ONLY_ID, at, raw.name());
    }
    if (searchable && writeOnly) {
      reporter.report(Message.UNSUPPORTED_SEARCHABLE, at, raw.name(), "it is @WriteOnly, and filtering on it would reveal its value");
    }
    Optional<RelationModel> relation = Optional.empty();
    ValueType value;
    if (toOne.isPresent()) {
      Optional<RelationModel> target = relation(raw, toOne.get(), oneToOne.isPresent(), at);
      if (target.isEmpty()) {
        return new Failed();
      }
      relation = target;
      value = ids.idValueType(target.get().target()).orElseThrow();
    } else if (jpa(raw, "Embedded").isPresent() || jpa(raw, "EmbeddedId").isPresent()) {
      return unsupported(raw, searchable, at);
    } else {
      Optional<ValueType> classified = valueTypes.classify(raw.type());
      if (classified.isEmpty()) {
        return unsupported(raw, searchable, at);
      }
      value = classified.get();
    }
    if (id && !List.of(ID_KINDS).contains(value.type().canonicalName())) {
      reporter.report(Message.UNSUPPORTED_ID_TYPE, at, raw.name(), raw.type());
    }
    if (raw.getterName() == null && !raw.publicField()) {
      reporter.report(Message.INACCESSIBLE_PROPERTY, at, raw.name(), "read", "getter", "Getter");
    }
    if (reporter.errorCount() != before) {
      return new Failed();
    }
    PropertyKind kind = id ? PropertyKind.ID : version ? PropertyKind.VERSION
        : relation.isPresent() ? PropertyKind.TO_ONE : PropertyKind.SCALAR;
    List<ConstraintModel> declared = constraints.declared(raw);
    boolean generated = id ? jpa(raw, "GeneratedValue").isPresent() : has(raw, GENERATED);
    // An assigned id (no @GeneratedValue) must come with the create request: JPA cannot persist without it,
    // so leaving it out is a 400 on the field, not Hibernate's "must be manually assigned" (a 500). A UUID
    // id is the exception: the generated create makes a random one when the request has none.
    boolean assignedId = id && !generated && value.kind() != ScalarKind.UUID;
    boolean required = assignedId || kind != PropertyKind.ID && kind != PropertyKind.VERSION
        && (value.primitive() || ConstraintReader.forbidsNull(declared) || notNullable(raw, toOne));
    List<ConstraintModel> all = (kind == PropertyKind.ID && !assignedId) || kind == PropertyKind.VERSION ? declared
        : ConstraintReader.withImplied(declared, required, value.kind(), maxLength(raw, value.kind()),
            digits(raw, value.kind()));
    Access access = raw.getterName() != null
        ? new Access(Optional.of(raw.getterName()), Optional.ofNullable(raw.setterName()),
            raw.publicField() && raw.setterName() == null ? Optional.of(raw.name()) : Optional.empty())
        : Access.field(raw.name());
    String jsonName = relation.isPresent() ? raw.name() + "Id" : raw.name();
    return new Exposed(new PropertyModel(raw.name(), jsonName, kind, value, access, readOnly, writeOnly, searchable,
        generated, required, unique(raw), column(raw, relation), all, relation, at));
  }

  /** Filtering on a relation Armature never exposes was silently ignored before; it is a mistake to report. */
  private Outcome searchableCollection(RawProperty raw, Element at) {
    reporter.report(Message.UNSUPPORTED_SEARCHABLE, at, raw.name(),
        "it is an inverse or collection relation, which Armature does not expose; filter on the owning to-one side");
    return new Failed();
  }

  private Outcome unsupported(RawProperty raw, boolean searchable, Element at) {
    if (jpa(raw, "Id").isPresent()) {
      // an @Id of an unmappable type (byte[], Date, ...) is an unsupported id, not a missing one
      reporter.report(Message.UNSUPPORTED_ID_TYPE, at, raw.name(), raw.type());
      return new Failed();
    }
    if (searchable) {
      reporter.report(Message.UNSUPPORTED_SEARCHABLE, at, raw.name(), "its type " + raw.type() + " cannot be filtered");
      return new Failed();
    }
    return new Unsupported(raw.type().toString());
  }

  private Optional<RelationModel> relation(RawProperty raw, AnnotationMirror mapping, boolean oneToOne, Element at) {
    String what = oneToOne ? "@OneToOne" : "@ManyToOne";
    if (raw.type().getKind() != TypeKind.DECLARED) {
      reporter.report(Message.RELATION_NOT_ENTITY, at, mapping, raw.name(), what, raw.type());
      return Optional.empty();
    }
    TypeElement target = (TypeElement) ((DeclaredType) raw.type()).asElement();
    Optional<IdLocator.TargetId> id = Annotations.jpa(target, "Entity").isPresent() ? ids.locate(target) : Optional.empty();
    if (id.isEmpty()) {
      reporter.report(Message.RELATION_NOT_ENTITY, at, mapping, raw.name(), what, target.getQualifiedName());
      return Optional.empty();
    }
    String path = Annotations.find(target, ResourceSettings.API_RESOURCE)
        .map(m -> annotations.string(m, "path"))
        .map(p -> p.isEmpty() ? ResourceNames.defaultPath(target.getSimpleName().toString()) : p)
        .orElse("");
    return Optional.of(new RelationModel(valueTypes.ref(target), id.get().name(), id.get().access(), path, oneToOne));
  }

  private boolean notNullable(RawProperty raw, Optional<AnnotationMirror> toOne) {
    if (toOne.isPresent() && !annotations.bool(toOne.get(), "optional")) {
      return true;
    }
    if (jpa(raw, "Basic").map(b -> !annotations.bool(b, "optional")).orElse(false)) {
      return true;
    }
    String column = toOne.isPresent() ? "JoinColumn" : "Column";
    return jpa(raw, column).map(c -> !annotations.bool(c, "nullable")).orElse(false);
  }

  private boolean unique(RawProperty raw) {
    return jpa(raw, "Column").map(c -> annotations.bool(c, "unique")).orElse(false)
        || jpa(raw, "JoinColumn").map(c -> annotations.bool(c, "unique")).orElse(false);
  }

  /**
   * The column a failed write's SQL error names: {@code @Column(name)} / {@code @JoinColumn(name)}, else the
   * implicit one ({@code author} to {@code author_id}), as Spring Boot's physical naming strategy spells it.
   */
  private String column(RawProperty raw, Optional<RelationModel> relation) {
    String annotation = relation.isPresent() ? "JoinColumn" : "Column";
    String explicit = jpa(raw, annotation).map(c -> annotations.string(c, "name")).orElse("");
    if (!explicit.isEmpty()) {
      return ColumnNames.physical(explicit);
    }
    return relation.isPresent()
        ? ColumnNames.joinColumn(raw.name(), ColumnNames.physical(relation.get().targetIdName()))
        : ColumnNames.physical(raw.name());
  }

  /** The column length JPA gives a string (255 unless said otherwise), unless it is a LOB or has its own definition. */
  private Optional<Integer> maxLength(RawProperty raw, ScalarKind kind) {
    if (kind != ScalarKind.STRING || jpa(raw, "Lob").isPresent()) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = jpa(raw, "Column");
    if (column.isPresent() && !annotations.string(column.get(), "columnDefinition").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(column.map(c -> annotations.integer(c, "length")).orElse(255));
  }

  /** The digits of a BigDecimal or BigInteger column that gives a precision (and no definition of its own). */
  private Optional<ConstraintReader.ColumnDigits> digits(RawProperty raw, ScalarKind kind) {
    Optional<AnnotationMirror> column = jpa(raw, "Column");
    if (kind != ScalarKind.BIG_DECIMAL && kind != ScalarKind.BIG_INTEGER || column.isEmpty()
        || !annotations.string(column.get(), "columnDefinition").isEmpty()) {
      return Optional.empty();
    }
    int precision = annotations.integer(column.get(), "precision");
    int scale = kind == ScalarKind.BIG_INTEGER ? 0 : Math.max(0, annotations.integer(column.get(), "scale"));
    if (precision <= 0 || scale > precision) {
      return Optional.empty();
    }
    return Optional.of(new ConstraintReader.ColumnDigits(precision - scale, scale));
  }

  private static Optional<AnnotationMirror> jpa(RawProperty raw, String simpleName) {
    for (Element e : raw.annotated()) {
      Optional<AnnotationMirror> m = Annotations.jpa(e, simpleName);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private static boolean has(RawProperty raw, String... names) {
    return raw.annotated().stream().anyMatch(e -> Annotations.has(e, names));
  }
}

package dev.armature.maven.generators;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code SampleModels} does not show: loans with a UUID id and no version, only LIST, READ and
 * CREATE, public writes and two read roles, an implied constraint and a pattern holding {@code |}, read-only
 * and write-only fields, a date filter, and a relation to an entity that is not an API resource.
 */
final class LendingModel {
  private LendingModel() {}

  static DomainModel of(boolean springSecurity) {
    TypeRef type = TypeRef.of("com.example.lending", "Loan");
    PropertyModel id = property("id", PropertyKind.ID, value(ScalarKind.UUID, "java.util", "UUID"), false, false, false, true,
        false, false, List.of());
    PropertyModel code = property("code", PropertyKind.SCALAR, text(), false, false, true, false, true, true, List.of(
        constraint("Pattern", Map.of("regexp", "[A-Z]{2}|[0-9]{4}"), false), constraint("Size", Map.of("max", 20L), true)));
    PropertyModel note = property("note", PropertyKind.SCALAR, text(), false, true, false, false, false, false, List.of());
    PropertyModel createdAt = property("createdAt", PropertyKind.SCALAR, value(ScalarKind.INSTANT, "java.time", "Instant"),
        true, false, false, true, false, false, List.of());
    PropertyModel due = property("due", PropertyKind.SCALAR, value(ScalarKind.LOCAL_DATE, "java.time", "LocalDate"),
        false, false, true, false, false, false, List.of());
    PropertyModel status = property("status", PropertyKind.SCALAR,
        new ValueType(ScalarKind.ENUM, TypeRef.of("com.example.lending", "Loan", "Status"), false, List.of("OPEN")),
        false, false, false, false, false, false, List.of());
    PropertyModel member = new PropertyModel("member", "memberId", PropertyKind.TO_ONE, value(ScalarKind.LONG, "java.lang", "Long"),
        Access.field("member"), false, false, true, false, true, false, "member_id", List.of(constraint("NotNull", Map.of(), true)),
        Optional.of(new RelationModel(TypeRef.of("com.example.lending", "Member"), "id", Access.field("id"), "", false)), null);
    EntityModel loan = new EntityModel(type.canonicalName(), type, "loans", id, Optional.empty(),
        List.of(code, note, createdAt, due, status, member), EnumSet.of(Operation.LIST, Operation.READ, Operation.CREATE),
        new SecurityModel(List.of("USER", "LIBRARIAN"), List.of()), new PagingModel(25, 200),
        new Surfaces(List.of("code", "note", "due", "member"), List.of(),
            List.of("id", "code", "createdAt", "due", "status", "member"),
            List.of("id", "code", "createdAt", "due", "status", "member")),
        Optional.empty(), null);
    return new DomainModel("com.example.lending.api", new Classpath(3, springSecurity), List.of(loan));
  }

  private static ValueType text() {
    return value(ScalarKind.STRING, "java.lang", "String");
  }

  private static ValueType value(ScalarKind kind, String pkg, String name) {
    return new ValueType(kind, TypeRef.of(pkg, name), false, List.of());
  }

  private static PropertyModel property(String name, PropertyKind kind, ValueType value, boolean readOnly,
      boolean writeOnly, boolean searchable, boolean generated, boolean required, boolean unique,
      List<ConstraintModel> constraints) {
    return new PropertyModel(name, name, kind, value, Access.field(name), readOnly, writeOnly, searchable, generated,
        required, unique, ColumnNames.physical(name), constraints, Optional.empty(), null);
  }

  private static ConstraintModel constraint(String simpleName, Map<String, Object> attributes, boolean implied) {
    return new ConstraintModel(TypeRef.of("jakarta.validation.constraints", simpleName), attributes, implied);
  }
}

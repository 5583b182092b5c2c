package dev.armature.processor.scan;

import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Classifies a property's Java type into the {@link ScalarKind}s Armature maps. */
final class ValueTypes {
  private static final Map<String, ScalarKind> DECLARED = Map.ofEntries(
      Map.entry("java.lang.String", ScalarKind.STRING),
      Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
      Map.entry("java.lang.Byte", ScalarKind.BYTE),
      Map.entry("java.lang.Short", ScalarKind.SHORT),
      Map.entry("java.lang.Integer", ScalarKind.INTEGER),
      Map.entry("java.lang.Long", ScalarKind.LONG),
      Map.entry("java.lang.Float", ScalarKind.FLOAT),
      Map.entry("java.lang.Double", ScalarKind.DOUBLE),
      Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
      Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
      Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
      Map.entry("java.time.Instant", ScalarKind.INSTANT),
      Map.entry("java.util.UUID", ScalarKind.UUID));

  private final Types types;
  private final Elements elements;

  ValueTypes(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** The value type, or empty when Armature cannot map this type. */
  Optional<ValueType> classify(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      TypeElement boxed = types.boxedClass(types.getPrimitiveType(type.getKind()));
      return Optional.ofNullable(DECLARED.get(boxed.getQualifiedName().toString()))
          .map(kind -> new ValueType(kind, ref(boxed), true, List.of()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
      return constants.isEmpty() ? Optional.empty()
          : Optional.of(new ValueType(ScalarKind.ENUM, ref(element), false, constants));
    }
    return Optional.ofNullable(DECLARED.get(element.getQualifiedName().toString()))
        .map(kind -> new ValueType(kind, ref(element), false, List.of()));
  }

  /** Whether the type, or a type argument of it, could not be resolved (another processor may make it). */
  static boolean incomplete(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    return type instanceof DeclaredType d && d.getTypeArguments().stream().anyMatch(ValueTypes::incomplete);
  }

  /** A {@link TypeRef} naming the type exactly, nested types included. */
  TypeRef ref(TypeElement element) {
    List<String> names = new ArrayList<>();
    Element e = element;
    while (e instanceof TypeElement t) {
      names.add(0, t.getSimpleName().toString());
      e = t.getEnclosingElement();
    }
    PackageElement pkg = elements.getPackageOf(element);
    return new TypeRef(pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(), names);
  }

  String describe(TypeMirror type) {
    return type.toString();
  }
}

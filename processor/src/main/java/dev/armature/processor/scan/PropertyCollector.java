package dev.armature.processor.scan;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds an entity's persistent properties the way JPA does: field access when {@code @Id} is on a field,
 * property access when it is on a getter, over the entity and its {@code @MappedSuperclass}/{@code @Entity}
 * superclasses, superclass properties first. A class-level {@code @Access} applies to that class's own
 * attributes only (JPA 3.1, 2.3.2): each class of the hierarchy has its own access.
 */
final class PropertyCollector {
  private static final String[] LOMBOK_GETTER = {"lombok.Getter", "lombok.Data", "lombok.Value"};
  private static final String[] LOMBOK_SETTER = {"lombok.Setter", "lombok.Data"};

  private final Elements elements;
  private final Types types;
  /** Per round: the scanner, the id locator and the repository check all ask for the same entities. */
  private final Map<TypeElement, List<RawProperty>> collected = new java.util.HashMap<>();

  PropertyCollector(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  List<RawProperty> collect(TypeElement entity) {
    return collected.computeIfAbsent(entity, this::find);
  }

  private List<RawProperty> find(TypeElement entity) {
    List<TypeElement> hierarchy = hierarchy(entity);
    boolean defaultPropertyAccess = defaultPropertyAccess(entity, hierarchy);
    List<ExecutableElement> publicMethods = ElementFilter.methodsIn(elements.getAllMembers(entity)).stream()
        .filter(m -> m.getModifiers().contains(Modifier.PUBLIC) && !m.getModifiers().contains(Modifier.STATIC))
        .toList();
    Map<String, RawProperty> found = new LinkedHashMap<>();
    for (TypeElement type : hierarchy) {
      if (explicitPropertyAccess(type).orElse(defaultPropertyAccess)) {
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
          propertyName(m).filter(n -> persistent(m)).ifPresent(n ->
              found.putIfAbsent(n, property(entity, type, n, m.getReturnType(), null, m, publicMethods)));
        }
      } else {
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
          if (persistent(f)) {
            String n = f.getSimpleName().toString();
            found.putIfAbsent(n, property(entity, type, n, f.asType(), f, null, publicMethods));
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  private RawProperty property(TypeElement entity, TypeElement declaring, String name, TypeMirror declared,
      VariableElement field, ExecutableElement getter, List<ExecutableElement> publicMethods) {
    TypeMirror type = types.asMemberOf((DeclaredType) entity.asType(), field != null ? field : getter);
    if (type instanceof javax.lang.model.type.ExecutableType exec) {
      type = exec.getReturnType();
    }
    if (type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.WILDCARD) {
      type = declared;
    }
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String getterName = findMethod(publicMethods, 0, "get" + cap, "is" + cap).orElse(null);
    String setterName = findMethod(publicMethods, 1, "set" + cap).orElse(null);
    if (field != null) {
      VariableElement f = field;
      boolean bool = type.getKind() == TypeKind.BOOLEAN;
      if (getterName == null && lombok(declaring, f, LOMBOK_GETTER)) {
        getterName = (bool ? "is" : "get") + lombokCap(name, bool);
      }
      if (setterName == null && lombok(declaring, f, LOMBOK_SETTER) && !f.getModifiers().contains(Modifier.FINAL)) {
        setterName = "set" + lombokCap(name, bool);
      }
    }
    boolean publicField = field != null && field.getModifiers().contains(Modifier.PUBLIC);
    if (getter != null && getterName == null && getter.getModifiers().contains(Modifier.PUBLIC)) {
      getterName = getter.getSimpleName().toString();
    }
    return new RawProperty(name, type, field, getter, getterName, setterName, publicField);
  }

  /** Lombok drops an {@code is} prefix of a primitive boolean field ({@code isActive} gets {@code isActive()}). */
  private static String lombokCap(String name, boolean bool) {
    if (bool && name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
      return name.substring(2);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Optional<String> findMethod(List<ExecutableElement> methods, int params, String... names) {
    for (String n : names) {
      for (ExecutableElement m : methods) {
        if (m.getSimpleName().contentEquals(n) && m.getParameters().size() == params) {
          return Optional.of(n);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean lombok(TypeElement declaring, VariableElement field, String[] names) {
    if (Annotations.has(field, names)) {
      return true;
    }
    for (AnnotationMirror m : declaring.getAnnotationMirrors()) {
      for (String n : names) {
        if (Annotations.name(m).equals(n)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean persistent(Element e) {
    return !e.getModifiers().contains(Modifier.STATIC)
        && !e.getModifiers().contains(Modifier.TRANSIENT)
        && Annotations.jpa(e, "Transient").isEmpty();
  }

  private static Optional<String> propertyName(ExecutableElement m) {
    if (!m.getParameters().isEmpty() || m.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    String n = m.getSimpleName().toString();
    if (n.startsWith("get") && n.length() > 3) {
      return Optional.of(Introspector.decapitalize(n.substring(3)));
    }
    if (n.startsWith("is") && n.length() > 2 && m.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Optional.of(Introspector.decapitalize(n.substring(2)));
    }
    return Optional.empty();
  }

  /** The entity and its mapped superclasses, the most general first. */
  static List<TypeElement> hierarchy(TypeElement entity) {
    List<TypeElement> chain = new ArrayList<>();
    TypeElement current = entity;
    while (current != null) {
      chain.add(0, current);
      TypeMirror sup = current.getSuperclass();
      if (sup.getKind() != TypeKind.DECLARED) {
        break;
      }
      TypeElement next = (TypeElement) ((DeclaredType) sup).asElement();
      if (Annotations.jpa(next, "MappedSuperclass").isEmpty() && Annotations.jpa(next, "Entity").isEmpty()) {
        break;
      }
      current = next;
    }
    return chain;
  }

  /** What the class's own {@code @Access} says: property access or not; empty without one. */
  private static Optional<Boolean> explicitPropertyAccess(TypeElement type) {
    return Annotations.jpa(type, "Access")
        .map(a -> a.getElementValues().values().stream().anyMatch(v -> v.toString().endsWith("PROPERTY")));
  }

  /**
   * The access of the classes without an {@code @Access} of their own: where the hierarchy's {@code @Id} is
   * (on a getter: property access), else what the entity's own {@code @Access} says, else field access.
   */
  private static boolean defaultPropertyAccess(TypeElement entity, List<TypeElement> hierarchy) {
    for (TypeElement t : hierarchy) {
      for (Element e : t.getEnclosedElements()) {
        boolean id = Annotations.jpa(e, "Id").isPresent() || Annotations.jpa(e, "EmbeddedId").isPresent();
        if (id) {
          return e.getKind() == ElementKind.METHOD;
        }
      }
    }
    return explicitPropertyAccess(entity).orElse(false);
  }
}

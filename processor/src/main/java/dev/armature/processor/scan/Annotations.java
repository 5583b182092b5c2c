package dev.armature.processor.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by name, so the processor needs neither JPA nor Bean Validation on its own class
 * path, and {@code jakarta.*} and {@code javax.*} are read alike (CONVENTIONS.md 8).
 */
final class Annotations {
  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The mirror of the first annotation on the element whose type is one of these simple names in a JPA package. */
  static Optional<AnnotationMirror> jpa(Element element, String simpleName) {
    return find(element, "jakarta.persistence." + simpleName, "javax.persistence." + simpleName);
  }

  static Optional<AnnotationMirror> find(Element element, String... qualifiedNames) {
    if (element == null) {
      return Optional.empty();
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = name(mirror);
      for (String wanted : qualifiedNames) {
        if (name.equals(wanted)) {
          return Optional.of(mirror);
        }
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String... qualifiedNames) {
    return find(element, qualifiedNames).isPresent();
  }

  static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** An explicitly given attribute value, or empty when the default applies. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The attribute's value, explicit or default. */
  AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException(name(mirror) + " has no attribute " + attribute);
  }

  String string(AnnotationMirror mirror, String attribute) {
    return String.valueOf(value(mirror, attribute).getValue());
  }

  int integer(AnnotationMirror mirror, String attribute) {
    return ((Number) value(mirror, attribute).getValue()).intValue();
  }

  boolean bool(AnnotationMirror mirror, String attribute) {
    return (Boolean) value(mirror, attribute).getValue();
  }

  /** The elements of an array attribute (a single value counts as an array of one). */
  @SuppressWarnings("unchecked")
  List<AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    Object v = value(mirror, attribute).getValue();
    if (v instanceof List<?> list) {
      return (List<AnnotationValue>) list;
    }
    return List.of(value(mirror, attribute));
  }
}

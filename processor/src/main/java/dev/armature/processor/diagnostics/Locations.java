package dev.armature.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;

/** Where a diagnostic points, as text that stays the same across rounds, and what silences it there. */
final class Locations {
  private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

  private Locations() {}

  /**
   * A key for the place, e.g. {@code com.example.Book/FIELD title/@ApiResource/"x"}: the element objects
   * of a later round are other objects for the same source, so the key is built from names.
   */
  static String of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    StringBuilder key = new StringBuilder(element == null ? "" : of(element));
    if (annotation != null) {
      key.append("/@").append(annotation.getAnnotationType());
    }
    if (value != null) {
      key.append('/').append(value);
    }
    return key.toString();
  }

  private static String of(Element element) {
    if (element instanceof QualifiedNameable named) {
      return named.getQualifiedName().toString();
    }
    Element enclosing = element.getEnclosingElement();
    return (enclosing == null ? "" : of(enclosing)) + "/" + element.getKind() + " " + element;
  }

  /** Whether {@code @SuppressWarnings} on this very element (not its enclosing ones) names the tag. */
  static boolean suppresses(Element element, String tag) {
    if (element instanceof PackageElement) {
      return false;
    }
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m.getAnnotationType().toString().equals(SUPPRESS_WARNINGS)) {
        for (AnnotationValue v : m.getElementValues().values()) {
          Object names = v.getValue();
          if (names instanceof java.util.List<?> list
              && list.stream().anyMatch(n -> n instanceof AnnotationValue a && tag.equals(a.getValue()))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

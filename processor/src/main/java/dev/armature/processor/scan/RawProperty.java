package dev.armature.processor.scan;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent property as found in the source, before it is classified: the field and/or getter that
 * declare it (where its annotations are) and the accessors generated code can use.
 */
record RawProperty(
    String name,
    TypeMirror type,
    VariableElement field,
    ExecutableElement getter,
    String getterName,
    String setterName,
    boolean publicField) {

  /** The element JPA reads the mapping from: the field under field access, else the getter. */
  Element mappingElement() {
    return field != null ? field : getter;
  }

  /** Field first, then getter: every element whose annotations count for this property. */
  List<Element> annotated() {
    List<Element> all = new ArrayList<>(2);
    if (field != null) {
      all.add(field);
    }
    if (getter != null) {
      all.add(getter);
    }
    return all;
  }
}

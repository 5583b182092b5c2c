package dev.armature.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.armature.processor.model.Access;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;

/** Code that reads and writes entity properties as {@link Access} says: accessors or a public field. */
final class PropertyAccess {
  private PropertyAccess() {}

  /** {@code entity.getTitle()} or {@code entity.title}. */
  static CodeBlock read(String target, Access access) {
    return access.getter().isPresent()
        ? CodeBlock.of("$L.$N()", target, access.getter().get())
        : CodeBlock.of("$L.$N", target, access.field().orElseThrow());
  }

  static CodeBlock read(String target, PropertyModel property) {
    return read(target, property.access());
  }

  /** {@code entity.setTitle(value)} or {@code entity.title = value}, as a statement body. */
  static CodeBlock write(String target, PropertyModel property, CodeBlock value) {
    Access access = property.access();
    return access.setter().isPresent()
        ? CodeBlock.of("$L.$N($L)", target, access.setter().get(), value)
        : CodeBlock.of("$L.$N = $L", target, access.field().orElseThrow(), value);
  }

  /** Whether generated code can assign it at all. */
  static boolean assignable(PropertyModel property) {
    return property.access().writable() && property.kind() != PropertyKind.VERSION;
  }

  /** The name of the mapper's helper that reads a relation's id, e.g. {@code idOfAuthor}. */
  static String relationIdHelper(PropertyModel property) {
    return "idOf" + capitalize(property.name());
  }

  /** The JSON value of a property of {@code entity}: a relation becomes its id. */
  static CodeBlock readJsonValue(String target, PropertyModel property) {
    if (property.kind() == PropertyKind.TO_ONE) {
      return CodeBlock.of("$N($L)", relationIdHelper(property), read(target, property));
    }
    return read(target, property);
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

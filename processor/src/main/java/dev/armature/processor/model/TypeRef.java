package dev.armature.processor.model;

import java.util.List;

/**
 * A reference to a declared (or primitive) Java type, enough for JavaPoet to name it exactly.
 *
 * @param packageName e.g. {@code com.example.library}; empty for primitives
 * @param simpleNames outermost first, e.g. {@code [Book, Genre]} for a nested enum
 */
public record TypeRef(String packageName, List<String> simpleNames) {
  public TypeRef {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a type needs a name");
    }
  }

  public static TypeRef of(String packageName, String... simpleNames) {
    return new TypeRef(packageName, List.of(simpleNames));
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, e.g. {@code com.example.library.Book.Genre}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}

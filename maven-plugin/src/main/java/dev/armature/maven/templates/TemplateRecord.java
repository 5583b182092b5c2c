package dev.armature.maven.templates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link dev.armature.maven.spi.TemplateVars} record (or a record nested in one) as a template sees it:
 * {@code $entity.path} is {@link #get(String) get("path")}.
 *
 * <p>Deliberately not a {@code Map}: Velocity resolves {@code $map.size} and {@code $map.empty} to the
 * map's methods before its keys, and reads a missing key as {@code null}, which {@code #if} takes as false
 * even in strict mode, so a misspelt name would quietly hide a paragraph. Here a name the record does not
 * have fails, naming the record and what it has. Public because Velocity only calls public methods of
 * public classes.
 */
public final class TemplateRecord {
  private final String type;
  private final Map<String, Object> components;
  private final String text;

  TemplateRecord(String type, Map<String, Object> components, String text) {
    this.type = type;
    this.components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    this.text = text;
  }

  /** The component of this name; fails for a name the record does not have. */
  public Object get(String name) {
    if (!components.containsKey(name)) {
      throw new UnknownComponentException(type, name, List.copyOf(components.keySet()));
    }
    return components.get(name);
  }

  /** The record's own {@code toString()}, so a template that renders {@code $entity} shows what it is. */
  @Override
  public String toString() {
    return text;
  }

  /** A template asked a record for a component it does not have. */
  static final class UnknownComponentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String type;
    final String name;
    final List<String> known;

    UnknownComponentException(String type, String name, List<String> known) {
      super(name + " is not a variable of " + type + "; it has: " + String.join(", ", known));
      this.type = type;
      this.name = name;
      this.known = known;
    }
  }
}

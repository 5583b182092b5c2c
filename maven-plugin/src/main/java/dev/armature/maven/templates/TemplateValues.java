package dev.armature.maven.templates;

import dev.armature.maven.spi.TemplateVars;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link TemplateVars} record into the values a template sees, checking every one on the way, so
 * that a mistake in a generator fails before the template runs and names the component:
 * records become {@link TemplateRecord}s (Velocity does not call record accessors such as {@code path()}
 * reliably), lists and maps are copied with their values converted, enums become their constant's name.
 * {@code null} anywhere is an error, and so is any other type (an {@code Optional}, a {@code Set}, an
 * array, a {@code Path}...): the variables class must say exactly what the template gets.
 */
final class TemplateValues {
  private TemplateValues() {}

  /** The variables of a template: one per record component, in declaration order. */
  static Map<String, Object> of(TemplateVars vars) {
    if (vars == null) {
      throw new InvalidValueException("the variables are null; pass a TemplateVars record");
    }
    if (!(vars instanceof Record record)) {
      throw new InvalidValueException(vars.getClass().getName() + " is not a record; TemplateVars must be records"
          + " whose components are the template's variables");
    }
    return components(record, typeName(record.getClass()));
  }

  /** The names of a variables class's components, for messages. */
  static List<String> names(TemplateVars vars) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : vars.getClass().getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  /** {@code ApiDocsVars.Entity}: the simple names from the outermost class in. */
  static String typeName(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? type.getSimpleName() : typeName(outer) + "." + type.getSimpleName();
  }

  private static Map<String, Object> components(Record record, String path) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = read(record, c);
      String where = path + "." + c.getName();
      if (value == null) {
        throw new InvalidValueException(where + " is null (component " + c.getName() + " of "
            + typeName(record.getClass()) + "); every template variable must be set");
      }
      values.put(c.getName(), convert(value, where));
    }
    return values;
  }

  private static Object convert(Object value, String where) {
    if (value == null) {
      throw new InvalidValueException(where + " is null; every template variable must be set");
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Record record) {
      return new TemplateRecord(typeName(record.getClass()), components(record, where), record.toString());
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(convert(list.get(i), where + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new InvalidValueException(where + " has the key " + e.getKey() + "; map keys must be strings");
        }
        copy.put(key, convert(e.getValue(), where + "[" + key + "]"));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new InvalidValueException(where + " is a " + value.getClass().getName() + "; a template variable is a"
        + " String, number, boolean, enum, List, Map or record" + (value instanceof java.util.Set<?>
            ? " (sort a Set into a List, so the output is the same on every run)" : ""));
  }

  private static Object read(Record record, RecordComponent component) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true); // a generator's record may be package-private
      return accessor.invoke(record);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new InvalidValueException("cannot read " + typeName(record.getClass()) + "." + component.getName()
          + ": " + e);
    } catch (InvocationTargetException e) {
      throw new InvalidValueException(typeName(record.getClass()) + "." + component.getName() + "() failed: "
          + e.getCause());
    }
  }

  /** A variables record that a template cannot be given. */
  static final class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidValueException(String message) {
      super(message);
    }
  }
}

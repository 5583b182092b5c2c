package dev.armature.processor.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array of the document under construction; see {@link JsonObject}. */
final class JsonArray {
  private final List<Object> items = new ArrayList<>();

  /** Adds a {@link JsonObject}, {@link JsonArray}, string, number, boolean or {@code null}. */
  JsonArray add(Object value) {
    items.add(checked(value));
    return this;
  }

  /** A new empty object at the end of this array. */
  JsonObject addObject() {
    JsonObject child = new JsonObject();
    items.add(child);
    return child;
  }

  JsonArray addNull() {
    items.add(null);
    return this;
  }

  int size() {
    return items.size();
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** The items, in order (read-only). */
  List<Object> items() {
    return Collections.unmodifiableList(items);
  }

  static Object checked(Object value) {
    if (value instanceof JsonObject || value instanceof JsonArray || JsonObject.isScalar(value)) {
      return value;
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }

  static Object copyOf(Object value) {
    if (value instanceof JsonObject o) {
      return o.deepCopy();
    }
    if (value instanceof JsonArray a) {
      JsonArray copy = new JsonArray();
      a.items.forEach(item -> copy.items.add(copyOf(item)));
      return copy;
    }
    return value;
  }

  static Object plain(Object value) {
    if (value instanceof JsonObject o) {
      return o.toMap();
    }
    if (value instanceof JsonArray a) {
      List<Object> list = new ArrayList<>();
      a.items.forEach(item -> list.add(plain(item)));
      return list;
    }
    return value;
  }
}

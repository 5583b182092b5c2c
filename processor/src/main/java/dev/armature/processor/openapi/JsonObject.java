package dev.armature.processor.openapi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object of the document under construction: members in insertion order, values that are
 * strings, numbers, booleans, {@code null}, {@link JsonObject}s or {@link JsonArray}s. It has just what
 * the OpenAPI writer needs (the names follow Jackson's {@code ObjectNode}, which it replaces here so
 * that the processor does not load jackson-databind in every compilation; issue 2).
 */
final class JsonObject {
  private final Map<String, Object> members = new LinkedHashMap<>();

  JsonObject put(String name, String value) {
    members.put(name, value);
    return this;
  }

  JsonObject put(String name, boolean value) {
    members.put(name, value);
    return this;
  }

  JsonObject put(String name, long value) {
    members.put(name, value);
    return this;
  }

  /** Sets a member to a {@link JsonObject}, {@link JsonArray}, string, number, boolean or {@code null}. */
  JsonObject set(String name, Object value) {
    members.put(name, JsonArray.checked(value));
    return this;
  }

  /** A new empty object as the value of {@code name}. */
  JsonObject putObject(String name) {
    JsonObject child = new JsonObject();
    members.put(name, child);
    return child;
  }

  /** A new empty array as the value of {@code name}. */
  JsonArray putArray(String name) {
    JsonArray child = new JsonArray();
    members.put(name, child);
    return child;
  }

  /** Adds every member of {@code others}, in their order. */
  JsonObject setAll(Map<String, ?> others) {
    others.forEach(this::set);
    return this;
  }

  Object remove(String name) {
    return members.remove(name);
  }

  Object get(String name) {
    return members.get(name);
  }

  boolean has(String name) {
    return members.containsKey(name);
  }

  int size() {
    return members.size();
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  /** The members, in order (read-only). */
  Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }

  /** A copy of this object and every object and array below it. */
  JsonObject deepCopy() {
    JsonObject copy = new JsonObject();
    members.forEach((name, value) -> copy.members.put(name, JsonArray.copyOf(value)));
    return copy;
  }

  /** The document as plain {@code LinkedHashMap}s and {@code ArrayList}s, for callers that want another format. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    members.forEach((name, value) -> map.put(name, JsonArray.plain(value)));
    return map;
  }

  static boolean isScalar(Object value) {
    return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal;
  }
}

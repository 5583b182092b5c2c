package dev.armature.processor.model;

/** The value types Armature maps; each has one JSON and OpenAPI representation. */
public enum ScalarKind {
  STRING("string", null),
  BOOLEAN("boolean", null),
  BYTE("integer", "int32"),
  SHORT("integer", "int32"),
  INTEGER("integer", "int32"),
  LONG("integer", "int64"),
  FLOAT("number", "float"),
  DOUBLE("number", "double"),
  BIG_DECIMAL("number", null),
  BIG_INTEGER("integer", null),
  ENUM("string", null),
  LOCAL_DATE("string", "date"),
  /** No {@code date-time} format: RFC 3339's date-time has an offset, which a LocalDateTime never has. */
  LOCAL_DATE_TIME("string", null),
  INSTANT("string", "date-time"),
  UUID("string", "uuid");

  private final String jsonType;
  private final String format;

  ScalarKind(String jsonType, String format) {
    this.jsonType = jsonType;
    this.format = format;
  }

  /** The JSON Schema type. */
  public String jsonType() {
    return jsonType;
  }

  /** The OpenAPI format, or null. */
  public String format() {
    return format;
  }

  /** Whether values compare by substring (strings) rather than equality in list filters. */
  public boolean substringFilter() {
    return this == STRING;
  }
}

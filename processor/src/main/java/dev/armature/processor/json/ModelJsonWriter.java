package dev.armature.processor.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.Access;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the IR as {@code META-INF/armature/model.json}, the hand-off to the Maven plugin's generators
 * (which read it back with their own reader, {@code ModelJsonReader}).
 *
 * <p>The JSON mirrors the {@code model} records component by component, in declaration order. Every
 * object below lists its keys in the order they are written; {@code Optional}s are the value or
 * {@code null}; sets are sorted (operations in {@code Operation} order); map keys are sorted;
 * {@code Element} origins are left out. Same model, same bytes: two-space indent, {@code "\n"} line
 * ends, a trailing newline, no timestamps.
 *
 * <pre>{@code
 * Model      = { "armatureModelVersion": 1,            // bumped on any incompatible change of this shape
 *                "generatedPackage": "com.example.library.api",
 *                "classpath": { "jacksonMajor": 2 | 3, "springSecurity": bool },
 *                "entities": [ Entity... ] }           // sorted by qualifiedName
 * Entity     = { "qualifiedName": "com.example.library.Book", "type": TypeRef, "path": "books",
 *                "id": Property, "version": Property | null, "properties": [ Property... ],
 *                "operations": [ "LIST" | "READ" | "CREATE" | "UPDATE" | "PATCH" | "DELETE" ... ],
 *                "security": { "readRoles": [ string... ], "writeRoles": [ string... ] },  // empty = public
 *                "paging": { "defaultPageSize": int, "maxPageSize": int },
 *                "surfaces": { "create": [ name... ], "update": [...], "read": [...], "list": [...] },
 *                "repository": TypeRef | null }
 * Property   = { "name": "author", "jsonName": "authorId", "kind": "ID" | "VERSION" | "SCALAR" | "TO_ONE",
 *                "value": { "kind": ScalarKind, "type": TypeRef, "primitive": bool, "enumConstants": [ string... ] },
 *                "access": Access, "readOnly": bool, "writeOnly": bool, "searchable": bool,
 *                "generated": bool, "required": bool, "unique": bool, "column": "first_name",
 *                "constraints": [ { "annotation": TypeRef, "attributes": { name: Attr }, "implied": bool }... ],
 *                "relation": { "target": TypeRef, "targetIdName": "id", "targetIdAccess": Access,
 *                              "targetPath": "authors" | "", "oneToOne": bool } | null }
 * Access     = { "getter": string | null, "setter": string | null, "field": string | null }
 * TypeRef    = { "packageName": "com.example.library", "simpleNames": [ "Book", "Genre" ] }
 * ScalarKind = "STRING" | "BOOLEAN" | "BYTE" | "SHORT" | "INTEGER" | "LONG" | "FLOAT" | "DOUBLE"
 *              | "BIG_DECIMAL" | "BIG_INTEGER" | "ENUM" | "LOCAL_DATE" | "LOCAL_DATE_TIME" | "INSTANT" | "UUID"
 * Attr       = string | integer | number | bool | { "type": TypeRef, "constant": "CASE_INSENSITIVE" } | [ Attr... ]
 * }</pre>
 *
 * <p>Written with jackson-core's streaming generator, record by record, rather than bound by databind:
 * the shape is spelled out here once, a component added to a record never leaks into the file, and the
 * processor does not pay for loading databind in every compilation (issue 2).
 */
public final class ModelJsonWriter {

  /** The value of {@code armatureModelVersion}. */
  public static final int MODEL_VERSION = 1;

  private static final JsonFactory JSON = new JsonFactory();

  /** The model as pretty JSON, ending with a newline. */
  public String write(DomainModel model) {
    StringWriter out = new StringWriter(4096 + 12_000 * model.entities().size());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.setPrettyPrinter(prettyPrinter());
      json.writeStartObject();
      json.writeNumberField("armatureModelVersion", MODEL_VERSION);
      json.writeStringField("generatedPackage", model.generatedPackage());
      json.writeObjectFieldStart("classpath");
      json.writeNumberField("jacksonMajor", model.classpath().jacksonMajor());
      json.writeBooleanField("springSecurity", model.classpath().springSecurity());
      json.writeEndObject();
      json.writeArrayFieldStart("entities");
      for (EntityModel entity : model.entities()) {
        entity(json, entity);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void entity(JsonGenerator json, EntityModel entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("qualifiedName", entity.qualifiedName());
    typeRef(json, "type", entity.type());
    json.writeStringField("path", entity.path());
    json.writeFieldName("id");
    property(json, entity.id());
    json.writeFieldName("version");
    if (entity.version().isPresent()) {
      property(json, entity.version().get());
    } else {
      json.writeNull();
    }
    json.writeArrayFieldStart("properties");
    for (PropertyModel property : entity.properties()) {
      property(json, property);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("operations");
    for (Operation operation : Operation.values()) { // the set's own order changes between runs
      if (entity.has(operation)) {
        json.writeString(operation.name());
      }
    }
    json.writeEndArray();
    json.writeObjectFieldStart("security");
    strings(json, "readRoles", entity.security().readRoles());
    strings(json, "writeRoles", entity.security().writeRoles());
    json.writeEndObject();
    json.writeObjectFieldStart("paging");
    json.writeNumberField("defaultPageSize", entity.paging().defaultPageSize());
    json.writeNumberField("maxPageSize", entity.paging().maxPageSize());
    json.writeEndObject();
    json.writeObjectFieldStart("surfaces");
    strings(json, "create", entity.surfaces().create());
    strings(json, "update", entity.surfaces().update());
    strings(json, "read", entity.surfaces().read());
    strings(json, "list", entity.surfaces().list());
    json.writeEndObject();
    optionalTypeRef(json, "repository", entity.repository());
    json.writeEndObject();
  }

  private static void property(JsonGenerator json, PropertyModel property) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", property.name());
    json.writeStringField("jsonName", property.jsonName());
    json.writeStringField("kind", property.kind().name());
    value(json, property.value());
    access(json, "access", property.access());
    json.writeBooleanField("readOnly", property.readOnly());
    json.writeBooleanField("writeOnly", property.writeOnly());
    json.writeBooleanField("searchable", property.searchable());
    json.writeBooleanField("generated", property.generated());
    json.writeBooleanField("required", property.required());
    json.writeBooleanField("unique", property.unique());
    json.writeStringField("column", property.column());
    json.writeArrayFieldStart("constraints");
    for (ConstraintModel constraint : property.constraints()) {
      json.writeStartObject();
      typeRef(json, "annotation", constraint.annotation());
      json.writeObjectFieldStart("attributes");
      for (Map.Entry<String, Object> attribute : constraint.attributes().entrySet()) { // sorted by name
        json.writeFieldName(attribute.getKey());
        attribute(json, attribute.getValue());
      }
      json.writeEndObject();
      json.writeBooleanField("implied", constraint.implied());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeFieldName("relation");
    if (property.relation().isPresent()) {
      relation(json, property.relation().get());
    } else {
      json.writeNull();
    }
    json.writeEndObject();
  }

  private static void value(JsonGenerator json, ValueType value) throws IOException {
    json.writeObjectFieldStart("value");
    json.writeStringField("kind", value.kind().name());
    typeRef(json, "type", value.type());
    json.writeBooleanField("primitive", value.primitive());
    strings(json, "enumConstants", value.enumConstants());
    json.writeEndObject();
  }

  private static void relation(JsonGenerator json, RelationModel relation) throws IOException {
    json.writeStartObject();
    typeRef(json, "target", relation.target());
    json.writeStringField("targetIdName", relation.targetIdName());
    access(json, "targetIdAccess", relation.targetIdAccess());
    json.writeStringField("targetPath", relation.targetPath());
    json.writeBooleanField("oneToOne", relation.oneToOne());
    json.writeEndObject();
  }

  private static void access(JsonGenerator json, String name, Access access) throws IOException {
    json.writeObjectFieldStart(name);
    optionalString(json, "getter", access.getter());
    optionalString(json, "setter", access.setter());
    optionalString(json, "field", access.field());
    json.writeEndObject();
  }

  /** A constraint attribute: see {@link ConstraintModel} for the value types. */
  private static void attribute(JsonGenerator json, Object value) throws IOException {
    if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Double d) {
      json.writeNumber(d);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof ConstraintModel.EnumValue e) {
      json.writeStartObject();
      typeRef(json, "type", e.type());
      json.writeStringField("constant", e.constant());
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        attribute(json, item);
      }
      json.writeEndArray();
    } else {
      throw new IllegalArgumentException("unsupported constraint attribute value " + value);
    }
  }

  private static void typeRef(JsonGenerator json, String name, TypeRef type) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("packageName", type.packageName());
    strings(json, "simpleNames", type.simpleNames());
    json.writeEndObject();
  }

  private static void optionalTypeRef(JsonGenerator json, String name, Optional<TypeRef> type) throws IOException {
    if (type.isPresent()) {
      typeRef(json, name, type.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static void optionalString(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /**
   * Jackson's default pretty printer uses the platform line separator and {@code " : "}; we want neither.
   * Shared with the OpenAPI JSON twin ({@code openapi.JsonTreeWriter}), so both files have one layout.
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("")
        .withRootSeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}

package dev.armature.processor.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.armature.processor.model.DomainModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the IR as {@code META-INF/armature/model.json}, the hand-off to the Maven plugin's generators
 * (which read it with Jackson into plain maps and lists).
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
 *                "generated": bool, "required": bool, "unique": bool,
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
 * <p>Only record components are written (fields, not accessors), so a derived method added to a record
 * never leaks into the file.
 */
public final class ModelJsonWriter {

  /** The value of {@code armatureModelVersion}. */
  public static final int MODEL_VERSION = 1;

  private final ObjectMapper mapper;

  public ModelJsonWriter() {
    SimpleModule irModule = new SimpleModule("armature-ir")
        .addSerializer(new OptionalAsNullable())
        .addSerializer(new SortedSet());
    this.mapper = JsonMapper.builder()
        .addModule(irModule)
        .visibility(PropertyAccessor.ALL, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
  }

  /** The model as pretty JSON, ending with a newline. */
  public String write(DomainModel model) {
    ObjectNode root = mapper.createObjectNode();
    root.put("armatureModelVersion", MODEL_VERSION);
    root.setAll((ObjectNode) mapper.valueToTree(model));
    try {
      return mapper.writer(prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson's default pretty printer uses the platform line separator and {@code " : "}; we want neither. */
  private static DefaultPrettyPrinter prettyPrinter() {
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

  /** {@code Optional} as its value or {@code null}, without depending on jackson-datatype-jdk8. */
  @SuppressWarnings("rawtypes")
  private static final class OptionalAsNullable extends StdSerializer<Optional> {
    OptionalAsNullable() {
      super(Optional.class);
    }

    @Override
    public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(value.orElse(null), gen);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Optional value) {
      return value == null || value.isEmpty();
    }
  }

  /**
   * Sets in their natural order ({@code Set.copyOf} iterates in an order that changes between runs).
   * Elements that are not comparable keep their order, which is then only as stable as the set.
   */
  @SuppressWarnings("rawtypes")
  private static final class SortedSet extends StdSerializer<Set> {
    SortedSet() {
      super(Set.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      List<Object> items = new ArrayList<>(value);
      if (items.stream().allMatch(Comparable.class::isInstance)) {
        items.sort((Comparator) Comparator.naturalOrder());
      }
      gen.writeStartArray(value, items.size());
      for (Object item : items) {
        provider.defaultSerializeValue(item, gen);
      }
      gen.writeEndArray();
    }
  }
}

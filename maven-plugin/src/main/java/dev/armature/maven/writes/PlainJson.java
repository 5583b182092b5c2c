package dev.armature.maven.writes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The small JSON files the plugin keeps ({@code .armature/manifest.json}, {@code target/armature/state.json})
 * as plain Java values, on jackson-core's streaming API alone. The up-to-date run reads both, and
 * jackson-databind's {@code ObjectMapper} would load some 350 classes into a cold JVM for that.
 *
 * <p>Values are {@link Map} (keys in file order; a duplicate key is an error), {@link List}, {@link String},
 * {@link Integer} or {@link Long} for whole numbers, {@link java.math.BigDecimal} for others, {@link Boolean}
 * and {@code null}. Written objects are sorted by key, indented by two spaces, {@code "key": value}, {@code \n}
 * line ends on every platform, and a final line end: the same bytes everywhere.
 */
public final class PlainJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private PlainJson() {}

  /**
   * One JSON value, and nothing after it.
   *
   * @throws JsonProcessingException if the text is not exactly one JSON value; its
   *     {@link JsonProcessingException#getOriginalMessage()} says what is wrong
   */
  public static Object parse(byte[] bytes) throws IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "no JSON value");
      }
      Object value = value(parser, first);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(parser, "unexpected " + trailing.asString() + " after the JSON value");
      }
      return value;
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          object.put(key, value(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(value(parser, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.INT ? (Object) parser.getIntValue() : parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new JsonParseException(parser, "unexpected " + token);
    }
  }

  /** {@code value} (maps with string keys, lists, strings, numbers, booleans) as indented JSON text. */
  public static String format(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(prettyPrinter());
      write(generator, value);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON into memory cannot fail", e);
    }
    return out + "\n";
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      SortedMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, v));
      for (Map.Entry<String, Object> entry : sorted.entrySet()) {
        generator.writeFieldName(entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof Integer i) {
      generator.writeNumber(i);
    } else if (value instanceof Long l) {
      generator.writeNumber(l);
    } else if (value instanceof java.math.BigDecimal d) {
      generator.writeNumber(d);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value == null) {
      generator.writeNull();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
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
}

package dev.armature.processor.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.armature.processor.json.ModelJsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Writes a {@link JsonObject} tree as pretty JSON ({@code openapi.json}, the twin of the YAML): two-space
 * indent, {@code "\n"} line ends, {@code "name": value}, members in tree order, so the same tree gives the
 * same bytes. Uses the jackson-core the processor already loads for {@code model.json}.
 */
final class JsonTreeWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonTreeWriter() {}

  /** The document, ending with a newline. */
  static String write(JsonObject document) {
    StringWriter out = new StringWriter(16_384);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.setPrettyPrinter(ModelJsonWriter.prettyPrinter());
      value(json, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.append('\n').toString();
  }

  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value instanceof JsonObject object) {
      json.writeStartObject();
      for (Map.Entry<String, Object> member : object.members().entrySet()) {
        json.writeFieldName(member.getKey());
        value(json, member.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof JsonArray array) {
      json.writeStartArray();
      for (Object item : array.items()) {
        value(json, item);
      }
      json.writeEndArray();
    } else if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else {
      json.writeNumber(((Number) value).longValue());
    }
  }
}

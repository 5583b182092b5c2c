package dev.armature.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.armature.processor.model.Access;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bean Validation constraints to JSON Schema keywords, one rule at a time. */
class PropertySchemasTest {

  @Test
  void stringConstraints() {
    assertThat(schema(ScalarKind.STRING, false, c("NotBlank"), c("Size", "min", 0L, "max", 80L)).toString())
        .isEqualTo("{\"type\":\"string\",\"minLength\":1,\"maxLength\":80}");
    assertThat(schema(ScalarKind.STRING, true, c("Email"), c("Size", "min", 5L)).toString())
        .isEqualTo("{\"type\":[\"string\",\"null\"],\"format\":\"email\",\"minLength\":5}");
    assertThat(schema(ScalarKind.STRING, false, c("Pattern", "regexp", "a|b")).get("pattern").asText())
        .as("anchored like Bean Validation's whole-value match").isEqualTo("^(?:a|b)$");
  }

  @Test
  void aPatternWithFlagsIsLeftToTheServer() {
    ConstraintModel flagged = c("Pattern", "regexp", "abc", "flags",
        List.of(new ConstraintModel.EnumValue(TypeRef.of(LibraryModel.JAKARTA, "Pattern", "Flag"), "CASE_INSENSITIVE")));
    assertThat(schema(ScalarKind.STRING, false, flagged).has("pattern")).isFalse();
  }

  @Test
  void numericBoundsKeepTheTightest() {
    ObjectNode s = schema(ScalarKind.INTEGER, false, c("Min", "value", 1L), c("PositiveOrZero"), c("Max", "value", 9L),
        c("Negative"));
    assertThat(s.toString()).isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"exclusiveMaximum\":0}");
    assertThat(schema(ScalarKind.BIG_DECIMAL, false, c("Positive"), c("DecimalMin", "value", "0")).toString())
        .as("exclusive wins at an equal value").isEqualTo("{\"type\":\"number\",\"exclusiveMinimum\":0}");
    assertThat(schema(ScalarKind.DOUBLE, false, c("DecimalMin", "value", "2.50", "inclusive", false),
        c("DecimalMax", "value", "${max}")).toString())
        .as("3.1 exclusive bounds are numbers; a non-literal bound is skipped")
        .isEqualTo("{\"type\":\"number\",\"format\":\"double\",\"exclusiveMinimum\":2.5}");
  }

  @Test
  void constraintsOfTheWrongKindAreIgnored() {
    assertThat(schema(ScalarKind.LOCAL_DATE, false, c("Size", "max", 3L), c("Min", "value", 1L), c("Email")).toString())
        .isEqualTo("{\"type\":\"string\",\"format\":\"date\"}");
    assertThat(schema(ScalarKind.LONG, false, c("NotBlank"), c("Past")).toString())
        .isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
  }

  @Test
  void nullableEnumsListNull() {
    ValueType genre = new ValueType(ScalarKind.ENUM, TypeRef.of("x", "Genre"), false, List.of("A", "B"));
    assertThat(json(PropertySchemas.property(property(genre, List.of()), true, true)).toString())
        .isEqualTo("{\"type\":[\"string\",\"null\"],\"enum\":[\"A\",\"B\",null]}");
    assertThat(json(PropertySchemas.value(genre)).toString()).isEqualTo("{\"type\":\"string\",\"enum\":[\"A\",\"B\"]}");
  }

  private static ObjectNode schema(ScalarKind kind, boolean nullable, ConstraintModel... constraints) {
    String simpleName = kind == ScalarKind.STRING ? "String" : kind.name();
    ValueType value = new ValueType(kind, TypeRef.of("java.lang", simpleName), false, List.of());
    return json(PropertySchemas.property(property(value, List.of(constraints)), nullable, true));
  }

  private static ObjectNode json(JsonObject schema) {
    return new ObjectMapper().valueToTree(schema.toMap());
  }

  private static PropertyModel property(ValueType value, List<ConstraintModel> constraints) {
    return new PropertyModel("p", "p", PropertyKind.SCALAR, value, Access.field("p"), false, false, false, false,
        false, false, "p", constraints, Optional.empty(), null);
  }

  private static ConstraintModel c(String simpleName, Object... attributes) {
    List<Object> list = new ArrayList<>(List.of(attributes));
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i += 2) {
      map.put((String) list.get(i), list.get(i + 1));
    }
    return new ConstraintModel(TypeRef.of(LibraryModel.JAKARTA, simpleName), map, false);
  }
}

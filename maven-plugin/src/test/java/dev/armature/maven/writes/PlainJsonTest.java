package dev.armature.maven.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PlainJson}: strict reading, and the same bytes for the same values whatever the map order. */
class PlainJsonTest {
  private static Object parse(String text) throws Exception {
    return PlainJson.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryKindOfValue() throws Exception {
    assertThat(parse("{\"b\": [1, 3000000000, 1.5, true, null, \"x\"], \"a\": {}}"))
        .isEqualTo(Map.of("b", java.util.Arrays.asList(1, 3_000_000_000L, new BigDecimal("1.5"), true, null, "x"),
            "a", Map.of()));
  }

  @Test
  void writesSortedIndentedWithUnixLineEnds() {
    String text = PlainJson.format(Map.of("z", List.of(1, "two"), "a", Map.of("y", true, "b", Map.of())));
    assertThat(text).isEqualTo("{\n  \"a\": {\n    \"b\": {},\n    \"y\": true\n  },\n  \"z\": [\n    1,\n    \"two\"\n  ]\n}\n");
  }

  @Test
  void whatItWritesReadsBackEqual() throws Exception {
    Map<String, Object> value = Map.of("n", 7, "s", "é \"quoted\"\n", "list", List.of(Map.of("k", "v")));
    assertThat(parse(PlainJson.format(value))).isEqualTo(value);
  }

  @Test
  void rejectsDuplicateKeysTrailingTokensAndNothing() {
    assertThatThrownBy(() -> parse("{\"a\": 1, \"a\": 2}")).isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate field 'a'");
    assertThatThrownBy(() -> parse("{\"a\": 1} {\"b\": 2}")).isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("after the JSON value");
    assertThatThrownBy(() -> parse("   ")).isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("no JSON value");
    assertThatThrownBy(() -> parse("{\"a\": ")).isInstanceOf(JsonProcessingException.class);
  }
}

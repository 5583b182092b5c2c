package dev.armature.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** {@link YamlWriter}: every string reads back as the same string, in a YAML 1.1 reader (SnakeYAML). */
class YamlWriterTest {
  private static final List<String> AWKWARD = List.of("", " ", "a", "~", "~x", "1", "200", "1.5", "-1", "+1", ".5", "-",
      "+", ".", "1e3", "0x1F", "0o7", "1_000", "0.1.0", "3.1.0", "-x", "- x", "---", "...", "?", "? x", ":", ": x",
      "a:", "a:b", "a: b", "a #b", "a#b", "#a", "a,b", "[a", "a]", "{a", "a}", "&a", "*a", "!a", "|a", ">a", "'a",
      "\"a", "%a", "@a", "`a", "a'b", "a\"b", "a\\b", "a\tb", "a\nb", "a\r\nb", "\ta", "a ", " a", "é", "ü x", "a\u00A0b",
      "a\u0085b", "a\u007Fb", "a\u2028b", "x\uFEFF", "\uD83D\uDE00", "yes", "Yes", "YES", "no", "n", "N", "y", "Y", "on",
      "off", "OFF", "true", "True", "FALSE", "null", "NULL", "Null", "2001-12-14", "12:30", "1:2", "0b101", "1,000",
      "http://x/y", "/api/x/{id}", "#/components/schemas/X", "^(a|b)$", "application/merge-patch+json", "$ref", "_1",
      "E1", "`If-Match` does not match the item's current `ETag`.", "Public: no credentials needed.");

  @Test
  void stringsReadBackAsTheSameStrings() {
    for (String s : AWKWARD) {
      Map<String, Object> asValue = new Yaml().load(YamlWriter.write(new JsonObject().put("k", s)));
      assertThat(asValue).as("value %s", s).containsExactly(Map.entry("k", s));
      Map<String, Object> asKey = new Yaml().load(YamlWriter.write(new JsonObject().put(s, "v")));
      assertThat(asKey).as("key %s", s).containsExactly(Map.entry(s, "v"));
    }
  }

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertThat(YamlWriter.string("A page of items.")).isEqualTo("A page of items.");
    assertThat(YamlWriter.string("Public: no credentials needed.")).isEqualTo("\"Public: no credentials needed.\"");
    assertThat(YamlWriter.string("`If-Match` fails")).isEqualTo("'`If-Match` fails'");
    assertThat(YamlWriter.string("NO")).isEqualTo("\"NO\"");
    assertThat(YamlWriter.string("0.1.0")).isEqualTo("0.1.0");
    assertThat(YamlWriter.key("200")).isEqualTo("\"200\"");
    assertThat(YamlWriter.key("/api/books/{id}")).isEqualTo("/api/books/{id}");
    assertThat(YamlWriter.key("$ref")).isEqualTo("$ref");
  }

  @Test
  void blockLayout() {
    JsonObject root = new JsonObject().put("openapi", "3.1.0");
    root.putArray("servers").addObject().put("url", "/").put("description", "x");
    root.putArray("security");
    root.putObject("empty");
    JsonObject deep = root.putObject("paths").putObject("/a");
    deep.putArray("tags").add("A").add(true).add(7L).addNull();
    deep.putArray("security").addObject().putArray("basicAuth");
    deep.set("min", new BigDecimal("2.5")).set("max", new BigInteger("12345678901234567890"));
    assertThat(YamlWriter.write(root)).isEqualTo("""
        openapi: 3.1.0
        servers:
          - url: /
            description: x
        security: []
        empty: {}
        paths:
          /a:
            tags:
              - A
              - true
              - 7
              - null
            security:
              - basicAuth: []
            min: 2.5
            max: 12345678901234567890
        """);
  }
}

package dev.armature.maven.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.TypeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pieces of prose and Markdown the API docs are made of. */
class ApiDocsTextTest {
  @Test
  void namesInProse() {
    assertThat(Words.singular("BookLoan")).isEqualTo("book loan");
    assertThat(Words.singular("HTTPRequest")).isEqualTo("http request");
    assertThat(Words.plural("book-loans")).isEqualTo("book loans");
    assertThat(List.of("book", "author", "user", "unit", "update", "undo", "item", "euro", "order"))
        .map(Words::article)
        .containsExactly("a book", "an author", "a user", "a unit", "an update", "an undo", "an item", "a euro", "an order");
  }

  @Test
  void anchorsAsGitHubMakesThem() {
    Markdown.Anchors anchors = new Markdown.Anchors();
    assertThat(anchors.next("GET /api/book-loans/{id}")).isEqualTo("get-apibook-loansid");
    assertThat(anchors.next("Errors")).isEqualTo("errors");
    assertThat(anchors.next("Errors")).isEqualTo("errors-1");
    assertThat(anchors.next("Errors")).isEqualTo("errors-2");
    assertThat(anchors.next("Errors 1")).isEqualTo("errors-1-1");
  }

  @Test
  void codeSpansSurviveTableCells() {
    assertThat(Markdown.code("a|b")).isEqualTo("`a\\|b`");
    assertThat(Markdown.code("x`y")).isEqualTo("`` x`y ``");
    assertThat(Markdown.or(List.of("`a`", "`b`", "`c`"))).isEqualTo("`a`, `b` or `c`");
  }

  @Test
  void constraintsAsTheyAreWritten() {
    assertThat(ApiDocsFields.constraint(constraint("NotBlank", Map.of()))).isEqualTo("@NotBlank");
    assertThat(ApiDocsFields.constraint(constraint("Min", Map.of("value", 0L)))).isEqualTo("@Min(0)");
    assertThat(ApiDocsFields.constraint(constraint("Size", Map.of("max", 80L, "min", 2L, "message", "too \"long\""))))
        .isEqualTo("@Size(min = 2, max = 80, message = \"too \\\"long\\\"\")");
    ConstraintModel.EnumValue flag = new ConstraintModel.EnumValue(
        TypeRef.of("jakarta.validation.constraints", "Pattern", "Flag"), "CASE_INSENSITIVE");
    assertThat(ApiDocsFields.constraint(constraint("Pattern", Map.of("regexp", "[a-z]+", "flags", List.of(flag)))))
        .isEqualTo("@Pattern(flags = {Pattern.Flag.CASE_INSENSITIVE}, regexp = \"[a-z]+\")");
    assertThat(ApiDocsFields.constraint(constraint("DecimalMin", Map.of("value", "0.00", "inclusive", false))))
        .isEqualTo("@DecimalMin(value = \"0.00\", inclusive = false)");
  }

  private static ConstraintModel constraint(String name, Map<String, Object> attributes) {
    return new ConstraintModel(TypeRef.of("jakarta.validation.constraints", name), attributes, false);
  }
}

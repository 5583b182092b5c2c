package dev.armature.maven.generators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker of generated Markdown accepts a sound document and rejects each kind of breakage. */
class MarkdownCheckTest {
  private static final String SOUND = """
      # Title

      - [Books](#books)
      - [`GET /api/books/{id}`](#get-apibooksid)

      ## Books

      | field | type |
      |---|---|
      | `a\\|b` | string |

      ### `GET /api/books/{id}`

      ```sh
      curl -u "$USER:$PASSWORD" localhost
      ```
      """;

  @Test
  void acceptsASoundDocument() {
    assertThat(MarkdownCheck.problems(SOUND)).isEmpty();
  }

  @Test
  void rejectsALinkToNoHeading() {
    assertThat(MarkdownCheck.problems(SOUND.replace("(#books)", "(#bookz)")))
        .singleElement().asString().startsWith("link to #bookz, which no heading has");
  }

  @Test
  void rejectsARowWithAMissingCell() {
    assertThat(MarkdownCheck.problems(SOUND.replace("| `a\\|b` | string |", "| `a\\|b` |")))
        .anyMatch(p -> p.startsWith("table row has 1 cells, its header 2"));
  }

  @Test
  void rejectsATableWithoutItsDelimiterRow() {
    assertThat(MarkdownCheck.problems(SOUND.replace("|---|---|\n", "")))
        .contains("1 blocks of table rows, but 0 parse as tables");
  }

  @Test
  void rejectsAnUnclosedFence() {
    assertThat(MarkdownCheck.problems(SOUND.substring(0, SOUND.lastIndexOf("```"))))
        .contains("a code fence is not closed");
  }

  @Test
  void rejectsVelocityLeftOversAndASecondTitle() {
    assertThat(MarkdownCheck.problems(SOUND + "\n# Again\n\n#end\n"))
        .contains("expected one # title, found 2").anyMatch(p -> p.contains("holds Velocity: #end"));
  }
}

package dev.armature.maven.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.annotations.Operation;
import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.testing.SampleModels;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What docs/API.md says about the sample models and about what they leave out. */
class ApiDocsGeneratorTest {
  private static final Pattern ENDPOINT_HEADING = Pattern.compile("(?m)^### `(GET|POST|PUT|PATCH|DELETE) (\\S+)`$");

  private static String apiMd(DomainModel model) {
    List<GeneratedFile> files = new ApiDocsGenerator().generate(Contexts.of(model));
    assertThat(files).extracting(GeneratedFile::path).containsExactly("docs/API.md");
    return files.get(0).text();
  }

  private static DomainModel withoutSecurity(DomainModel model) {
    return new DomainModel(model.generatedPackage(), new Classpath(model.classpath().jacksonMajor(), false), model.entities());
  }

  @Test
  void listsExactlyTheEndpointsEachResourceHas() {
    DomainModel model = SampleModels.library();
    String md = apiMd(model);
    List<String> documented = ENDPOINT_HEADING.matcher(md).results().map(m -> m.group(1) + " " + m.group(2)).toList();
    List<String> expected = model.entities().stream().flatMap(e -> ApiDocsResource.operations(e).stream()
        .map(op -> ApiDocsResource.method(op) + " " + ApiDocsResource.path(e, op))).toList();
    assertThat(documented).isEqualTo(expected).contains("DELETE /api/authors/{id}");
    EntityModel books = model.entity("com.example.library.Book").orElseThrow();
    assertThat(books.has(Operation.DELETE)).isFalse();
    assertThat(md).doesNotContain("DELETE /api/books").contains("Books cannot be deleted through this API.");
  }

  @Test
  void everyDocumentIsSoundMarkdown() {
    for (DomainModel model : List.of(SampleModels.library(), SampleModels.empty(), withoutSecurity(SampleModels.library()),
        LendingModel.of(true), LendingModel.of(false))) {
      assertThat(MarkdownCheck.problems(apiMd(model))).as(model.toString()).isEmpty();
    }
  }

  @Test
  void rolesGuardWritesAndProtectedReads() {
    String md = apiMd(SampleModels.library());
    assertThat(md).contains("| [`GET /api/authors`](#get-apiauthors) | list authors, a page at a time | anyone (public) |")
        .contains("| [`GET /api/books`](#get-apibooks) | list books, a page at a time | role `USER` |")
        .contains("| [`POST /api/books`](#post-apibooks) | create a book | role `ADMIN` |")
        .contains("holds\n`ADMIN` and `USER`")
        .contains("curl -i -u \"$ARMATURE_ADMIN_USERNAME:$ARMATURE_ADMIN_PASSWORD\" http://localhost:8080/api/books");
    String publicList = section(md, "GET /api/authors");
    assertThat(publicList).doesNotContain("| 401 |").doesNotContain("| 403 |");
    assertThat(section(md, "GET /api/books")).contains("| 401 | no credentials, or wrong ones |")
        .contains("| 403 | the account lacks role `USER` |");
  }

  @Test
  void withoutSpringSecurityNothingNeedsCredentials() {
    String md = apiMd(withoutSecurity(SampleModels.library()));
    assertThat(md).contains("There is no authentication").contains("curl -i http://localhost:8080/api/books")
        .doesNotContain("| 401 |").doesNotContain("| 403 |").doesNotContain("ARMATURE_ADMIN_PASSWORD")
        .doesNotContain("role `");
    Matcher access = Pattern.compile("\\*\\*Who may call it:\\*\\* (.*)").matcher(md);
    assertThat(access.results().map(m -> m.group(1)).distinct()).containsExactly("anyone (no authentication)");
  }

  @Test
  void versionsOnlyWhereTheResourceHasOne() {
    String md = apiMd(SampleModels.library());
    assertThat(section(md, "Books")).contains("**Versions.**").contains("`If-Match`");
    assertThat(section(md, "PUT /api/books/{id}")).contains("| 412 |");
    assertThat(section(md, "Authors")).doesNotContain("ETag").doesNotContain("If-Match").doesNotContain("| 412 |");
  }

  @Test
  void aVersionedDeleteTakesIfMatchToo() {
    DomainModel library = SampleModels.library();
    List<EntityModel> entities = library.entities().stream().map(e -> e.version().isEmpty() ? e
        : new EntityModel(e.qualifiedName(), e.type(), e.path(), e.id(), e.version(), e.properties(),
            java.util.EnumSet.allOf(Operation.class), e.security(), e.paging(), e.surfaces(), e.repository(), e.origin()))
        .toList();
    String md = apiMd(new DomainModel(library.generatedPackage(), library.classpath(), entities));
    assertThat(section(md, "Books")).contains("`PUT`, `PATCH` and `DELETE` take it back in an optional `If-Match` header");
    assertThat(section(md, "DELETE /api/books/{id}")).contains("`If-Match` is optional.")
        .contains("| 412 | `If-Match` does not match the book's current `ETag`; nothing changed |");
    assertThat(section(md, "DELETE /api/authors/{id}")).doesNotContain("If-Match").doesNotContain("| 412 |");
  }

  @Test
  void listParametersSayHowTheyMatch() {
    String list = section(apiMd(SampleModels.library()), "GET /api/books");
    assertThat(list).contains("| `size` | items per page, from 1 to 50; a larger value counts as 50 | `10` |")
        .contains("Fields: `id`, `version`, `title`, `price`, `genre` | by `id` |")
        .contains("| `title` | only books whose `title` contains this text, ignoring case |  |")
        .contains("| `genre` | only books whose `genre` is this value: `FICTION` or `SCIENCE` |  |");
  }

  @Test
  void fieldsShowTypesConstraintsAndNotes() {
    String md = apiMd(LendingModel.of(true));
    assertThat(section(md, "Loan create request"))
        .contains("| `code` | string | yes | `@Pattern(regexp = \"[A-Z]{2}\\|[0-9]{4}\")`, `@Size(max = 20)` (from the mapping)"
            + " | unique: a value another item has is a 409 |")
        .contains("| `note` | string | no |  | write-only: never in a response |")
        .contains("| `memberId` | integer (int64), id of a `Member` (`com.example.lending.Member`, not in this API) |"
            + " yes, unless the entity sets it |  |  |")
        .contains("| `due` | string (date) | no |  |  |");
    assertThat(section(md, "Loan response"))
        .contains("| `id` | string (uuid) | no | set by the server |")
        .contains("| `createdAt` | string (date-time) | yes | set by the server; read-only: never accepted in a request |")
        .contains("| `status` | string: `OPEN` | yes |  |")
        .doesNotContain("`note`");
  }

  @Test
  void publicWritesManyRolesUuidIdsAndMissingOperations() {
    String md = apiMd(LendingModel.of(true));
    assertThat(md).contains("Loans cannot be replaced with `PUT`, patched or deleted through this API.")
        .doesNotContain("**Versions.**").doesNotContain("PUT /api/loans").doesNotContain("### Loan update request");
    assertThat(section(md, "POST /api/loans")).contains("**Who may call it:** anyone (public)").doesNotContain("| 401 |")
        .contains("| 409 | another loan already has this `code` |")
        .contains("`memberId` names no existing member, or the body is not a JSON object |");
    assertThat(section(md, "GET /api/loans/{id}")).contains("role `LIBRARIAN` or `USER`")
        .contains("| 400 | the id is not a UUID |").contains("| 403 | the account has none of the roles `LIBRARIAN`, `USER` |");
    assertThat(section(md, "GET /api/loans"))
        .contains("| `due` | only loans whose `due` equals this value: string (date) |  |")
        .contains("| `memberId` | only loans whose member has this id |  |")
        .contains("\"id\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\"");
  }

  @Test
  void anEmptyModelGivesAShortDocumentSayingSo() {
    String md = apiMd(SampleModels.empty());
    assertThat(md).startsWith("# Library API\n\nLibrary has no API resource yet.").doesNotContain("##");
    assertThat(md.lines().count()).isLessThan(6);
  }

  /** From the heading whose text is given to the next heading of the same or a higher level. */
  private static String section(String md, String heading) {
    Matcher m = Pattern.compile("(?m)^(#+) `?" + Pattern.quote(heading) + "`?$").matcher(md);
    assertThat(m.find()).as("heading " + heading).isTrue();
    int level = m.group(1).length();
    Matcher next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(md);
    return md.substring(m.start(), next.find(m.end()) ? next.start() : md.length());
  }
}

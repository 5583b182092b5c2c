package dev.armature.maven.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.spi.TemplateVars;
import dev.armature.maven.spi.Templates.TemplateException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering, strictness, overrides, line ends and threads of {@link VelocityTemplates}. */
class VelocityTemplatesTest {
  record Shelf(String name, List<Book> books, Map<String, Integer> counts, boolean open, Kind kind) implements TemplateVars {
    record Book(String title, int pages) {}
  }

  enum Kind { FICTION, SCIENCE }

  record Flag(boolean shown) implements TemplateVars {}

  record Opt(Optional<String> note) implements TemplateVars {}

  record Tags(Set<String> tags) implements TemplateVars {}

  private static final String SHELF = """
      ## Makes a test shelf. Variables: VelocityTemplatesTest.Shelf
      Shelf $name ($kind)
      #foreach($book in $books)
      - $book.title: $book.pages pages
      #end
      #if($open)
      open
      #end
      fiction: $counts.fiction
      """;

  @TempDir Path temp;
  private Path classPath;
  private URLClassLoader loader;

  @BeforeEach
  void setUp() throws IOException {
    classPath = Files.createDirectories(temp.resolve("classes"));
    loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null);
  }

  @AfterEach
  void tearDown() throws IOException {
    loader.close();
  }

  private void builtIn(String name, String text) throws IOException {
    Path file = classPath.resolve(TemplateLoader.PREFIX + name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private VelocityTemplates templates() {
    return new VelocityTemplates(Optional.empty(), loader);
  }

  private static Shelf shelf() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("fiction", 2);
    return new Shelf("A", List.of(new Shelf.Book("Dune", 412), new Shelf.Book("Emma", 320)), counts, true, Kind.FICTION);
  }

  @Test
  void aReplacementWhoseNameMatchesNoTemplateIsNamed() throws IOException {
    builtIn("env.example.vm", "x\n");
    builtIn("docs/API.md.vm", "x\n");
    Path dir = Files.createDirectories(temp.resolve("mine/docs"));
    Files.writeString(dir.resolve("API.md.vm"), "mine\n");
    Files.writeString(temp.resolve("mine/env-example.vm"), "mine\n");
    Files.writeString(temp.resolve("mine/env.example.vm"), "mine\n");

    assertThat(new VelocityTemplates(Optional.of(temp.resolve("mine")), loader).replacingNothing())
        .containsExactly("env-example.vm");
    assertThat(templates().replacingNothing()).isEmpty();
  }

  @Test
  void rendersRecordsListsMapsEnumsWithoutDirectiveLines() throws IOException {
    builtIn("shelf.vm", SHELF);
    assertThat(templates().render("shelf.vm", shelf())).isEqualTo("""
        Shelf A (FICTION)
        - Dune: 412 pages
        - Emma: 320 pages
        open
        fiction: 2
        """);
  }

  @Test
  void unknownVariableFailsNamingTemplateLineColumnAndTheKnownVariables() throws IOException {
    builtIn("shelf.vm", "line one\n  $nmae\n");
    assertThatThrownBy(() -> templates().render("shelf.vm", shelf()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("shelf.vm line 2, column 3: $nmae is not a variable of VelocityTemplatesTest.Shelf;"
            + " it has: name, books, counts, open, kind");
  }

  @Test
  void unknownVariableInAnIfFailsToo() throws IOException {
    // strict mode alone lets #if($typo) pass as false
    builtIn("flag.vm", "#if($shwon)\nshown\n#end\n");
    assertThatThrownBy(() -> templates().render("flag.vm", new Flag(true)))
        .hasMessage("flag.vm line 1, column 5: $shwon is not a variable of VelocityTemplatesTest.Flag; it has: shown");
  }

  @Test
  void unknownPropertyOfANestedRecordFailsNamingIt() throws IOException {
    builtIn("shelf.vm", "#foreach($book in $books)\n#if($book.pages > 0)\n$book.titel\n#end\n#end\n");
    assertThatThrownBy(() -> templates().render("shelf.vm", shelf()))
        .hasMessage("shelf.vm line 3, column 7: $book.titel is not a variable of VelocityTemplatesTest.Shelf.Book;"
            + " it has: title, pages");
  }

  @Test
  void namesTheTemplatesOwnLoopAndSetVariablesAsKnown() throws IOException {
    builtIn("shelf.vm", "#set($n = 0)\n#foreach($b in $books)\n$foreach.count $b.title#if($foreach.hasNext),#end\n#end\n");
    assertThat(templates().render("shelf.vm", shelf())).isEqualTo("1 Dune,\n2 Emma\n");
  }

  @Test
  void escapedReferenceIsText() throws IOException {
    builtIn("shell.vm", "echo \\$HOME \\$name $name\n");
    assertThat(templates().render("shell.vm", shelf())).isEqualTo("echo $HOME $name A\n");
  }

  @Test
  void nullComponentFailsBeforeRenderingNamingIt() throws IOException {
    builtIn("shelf.vm", SHELF);
    Shelf shelf = new Shelf("A", List.of(new Shelf.Book(null, 1)), Map.of(), true, Kind.SCIENCE);
    assertThatThrownBy(() -> templates().render("shelf.vm", shelf))
        .hasMessage("shelf.vm: VelocityTemplatesTest.Shelf.books[0].title is null (component title of"
            + " VelocityTemplatesTest.Shelf.Book); every template variable must be set");
  }

  @Test
  void typesOutsideTheTemplateVocabularyFail() throws IOException {
    builtIn("opt.vm", "x\n");
    assertThatThrownBy(() -> templates().render("opt.vm", new Opt(Optional.of("n"))))
        .hasMessageContaining("VelocityTemplatesTest.Opt.note is a java.util.Optional; a template variable is a String");
    assertThatThrownBy(() -> templates().render("opt.vm", new Tags(Set.of("a"))))
        .hasMessageContaining("sort a Set into a List");
  }

  @Test
  void aTemplateDirectoryFileReplacesTheBuiltInOne() throws IOException {
    builtIn("shelf.vm", SHELF);
    builtIn("other.vm", "built-in other $name\n");
    Path dir = Files.createDirectories(temp.resolve("my-templates"));
    Files.writeString(dir.resolve("shelf.vm"), "mine: $name\n");
    VelocityTemplates templates = new VelocityTemplates(Optional.of(dir), loader);
    assertThat(templates.render("shelf.vm", shelf())).isEqualTo("mine: A\n");
    assertThat(templates.render("other.vm", shelf())).isEqualTo("built-in other A\n");
  }

  @Test
  void errorsInATemplateDirectoryFileNameItsPath() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("my-templates"));
    Files.writeString(dir.resolve("shelf.vm"), "mine: $nmae\n");
    VelocityTemplates templates = new VelocityTemplates(Optional.of(dir), loader);
    assertThatThrownBy(() -> templates.render("shelf.vm", shelf()))
        .hasMessageStartingWith(dir.resolve("shelf.vm") + " line 1, column 7: $nmae is not a variable");
  }

  @Test
  void aMissingTemplateFailsNamingWhereItLooked() {
    Path dir = temp.resolve("my-templates");
    assertThatThrownBy(() -> new VelocityTemplates(Optional.of(dir), loader).render("nope.vm", shelf()))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("template nope.vm not found: looked for " + dir.resolve("nope.vm")
            + " and armature/templates/nope.vm on the plugin's class path");
  }

  @Test
  void aNameOutsideTheTemplateFoldersIsRefused() {
    assertThatThrownBy(() -> templates().render("../secret.vm", shelf())).hasMessageContaining("not a template name");
  }

  @Test
  void aSyntaxErrorNamesTheLine() throws IOException {
    builtIn("bad.vm", "ok\n#if($open\nx\n");
    assertThatThrownBy(() -> templates().render("bad.vm", shelf()))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("bad.vm line 3, column 1: syntax error: Encountered");
  }

  @Test
  void anUnfinishedDirectiveSaysTheTemplateEnded() throws IOException {
    builtIn("cut.vm", "text #if(\n");
    assertThatThrownBy(() -> templates().render("cut.vm", shelf()))
        .hasMessage("cut.vm line 2, column 1: syntax error: Encountered the end of the template");
  }

  @Test
  void crlfTemplatesGiveLfOutput() throws IOException {
    builtIn("crlf.vm", SHELF.replace("\n", "\r\n"));
    builtIn("lf.vm", SHELF);
    VelocityTemplates templates = templates();
    assertThat(templates.render("crlf.vm", shelf())).isEqualTo(templates.render("lf.vm", shelf()));
    Path dir = Files.createDirectories(temp.resolve("my-templates"));
    Files.writeString(dir.resolve("mine.vm"), "a $name\r\n#if($open)\r\nb\r\n#end\r\nc\rd\r\n");
    assertThat(new VelocityTemplates(Optional.of(dir), loader).render("mine.vm", shelf())).isEqualTo("a A\nb\nc\nd\n");
  }

  @Test
  void parsedPartialsAreFoundLikeTemplates() throws IOException {
    builtIn("page.vm", "head\n#parse(\"part.vm\")\nfoot\n");
    builtIn("part.vm", "part of $name\n");
    assertThat(templates().render("page.vm", shelf())).isEqualTo("head\npart of A\nfoot\n");
  }

  @Test
  void builtInTemplatesAreReadOncePerInstanceTemplateDirectoryFilesEveryTime() throws IOException {
    builtIn("shelf.vm", SHELF);
    AtomicInteger lookups = new AtomicInteger();
    ClassLoader counting = new ClassLoader(null) {
      @Override
      public URL getResource(String name) {
        lookups.incrementAndGet();
        return loader.getResource(name);
      }
    };
    VelocityTemplates templates = new VelocityTemplates(Optional.empty(), counting);
    templates.render("shelf.vm", shelf());
    int afterFirst = lookups.get();
    assertThat(afterFirst).isPositive();
    templates.render("shelf.vm", shelf());
    templates.render("shelf.vm", shelf());
    assertThat(lookups.get()).isEqualTo(afterFirst);

    Path dir = Files.createDirectories(temp.resolve("my-templates"));
    Files.writeString(dir.resolve("mine.vm"), "one $name\n");
    VelocityTemplates overridden = new VelocityTemplates(Optional.of(dir), loader);
    assertThat(overridden.render("mine.vm", shelf())).isEqualTo("one A\n");
    Files.writeString(dir.resolve("mine.vm"), "two $name\n");
    assertThat(overridden.render("mine.vm", shelf())).isEqualTo("two A\n");
  }

  @Test
  void rendersTheSameFromManyThreads() throws Exception {
    builtIn("shelf.vm", SHELF);
    String expected = templates().render("shelf.vm", shelf());
    VelocityTemplates templates = templates(); // cold: the threads race to parse and cache it
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return templates.render("shelf.vm", shelf());
        }));
      }
      start.countDown();
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

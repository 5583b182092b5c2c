package dev.armature.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.armature.processor.diagnostics.Sources.columnOf;
import static dev.armature.processor.diagnostics.Sources.compile;
import static dev.armature.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Warnings of issue 9: a response surface without the id, and a reused repository that Spring caches. */
class SurfaceAndRepositoryWarningsTest {

  @Test
  void aReadSurfaceWithoutTheId() {
    String surface = "@Surface(name = \"read\", fields = {\"title\"})";
    JavaFileObject book = source("Book",
        "@Entity @ApiResource",
        surface,                                          // 3
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:id-not-in-surface] @Surface(name = \"read\") leaves out the id 'id', "
            + "so the items it returns cannot be linked to or addressed; add \"id\" to its fields")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "{\"title\"}"));
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aListSurfaceWithoutTheId() {
    String surface = "@Surface(name = \"list\", fields = {\"title\"})";
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(operations = {Operation.LIST, Operation.READ})",
        surface,                                          // 3
        "public class Book {",
        "  @Id @GeneratedValue public Long code;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    Compilation compilation = compile(book);
    assertThat(compilation).hadWarningContaining("[armature:id-not-in-surface] @Surface(name = \"list\") leaves out the id 'code'")
        .inFile(book).onLine(3).atColumn(columnOf(surface, "{\"title\"}"));
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aListSurfaceWithoutTheIdIsFineWithoutList() {
    JavaFileObject book = source("Book",
        "@Entity @ApiResource(operations = {Operation.READ})",
        "@Surface(name = \"list\", fields = {\"title\"})",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
    assertThat(compile(book)).succeededWithoutWarnings();
  }

  private static JavaFileObject book() {
    return source("Book",
        "@Entity @ApiResource",
        "public class Book {",
        "  @Id @GeneratedValue public Long id;",
        "  @Version public Long version;",
        "  public String title;",
        "}");
  }

  @Test
  void aReusedRepositoryWithACachedMethod() {
    String cached = "  @org.springframework.cache.annotation.Cacheable(\"books\") Optional<Book> findByTitle(String title);";
    JavaFileObject repository = source("BookRepository",
        "public interface BookRepository extends org.springframework.data.jpa.repository.JpaRepository<Book, Long> {",
        cached,                                           // 3
        "}");
    Compilation compilation = compile(book(), repository);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[armature:cached-repository] BookRepository is Spring-cached (@Cacheable), "
            + "but the API writes Book through saveAndFlush and delete, which evict none of its caches, so cached reads go "
            + "stale after an API write; evict them yourself (e.g. in a @TransactionalEventListener) or drop the cache annotations")
        .inFile(repository).onLine(3).atColumn(columnOf(cached, "@org"));
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aReusedRepositoryWithACacheConfig() {
    JavaFileObject repository = source("BookRepository",
        "@org.springframework.cache.annotation.CacheConfig(cacheNames = \"books\")", // 2
        "public interface BookRepository extends org.springframework.data.jpa.repository.JpaRepository<Book, Long> {",
        "}");
    Compilation compilation = compile(book(), repository);
    assertThat(compilation).hadWarningContaining("[armature:cached-repository] BookRepository is Spring-cached (@CacheConfig)")
        .inFile(repository).onLine(2).atColumn(1);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aReusedRepositoryWithoutCachesIsFine() {
    JavaFileObject repository = source("BookRepository",
        "public interface BookRepository extends org.springframework.data.jpa.repository.JpaRepository<Book, Long> {",
        "  @org.springframework.data.jpa.repository.Query(\"select b from Book b where b.title = ?1\")",
        "  Optional<Book> findByTitle(String title);",
        "}");
    assertThat(compile(book(), repository)).succeededWithoutWarnings();
  }
}

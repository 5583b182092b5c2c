package dev.armature.processor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.openapi.LibraryModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelJsonWriterTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final DomainModel model = LibraryModel.model();
  private final String json = new ModelJsonWriter().write(model);

  @Test
  void startsWithTheModelVersionAndEndsWithOneNewline() throws Exception {
    assertThat(json).startsWith("{\n  \"armatureModelVersion\": 1,\n  \"generatedPackage\": \"com.example.library.api\",\n");
    assertThat(json).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    assertThat(fieldNames(mapper.readTree(json))).containsExactly("armatureModelVersion", "generatedPackage", "classpath", "entities");
  }

  @Test
  void sameModelGivesSameBytes() {
    assertThat(new ModelJsonWriter().write(LibraryModel.model())).isEqualTo(json);
  }

  @Test
  void operationsAreWrittenInOperationOrderWhateverTheSetOrder() throws Exception {
    EntityModel p = model.entities().get(2);
    for (List<Operation> order : List.of(List.of(Operation.READ, Operation.LIST), List.of(Operation.LIST, Operation.READ))) {
      EntityModel reordered = new EntityModel(p.qualifiedName(), p.type(), p.path(), p.id(), p.version(), p.properties(),
          new java.util.LinkedHashSet<>(order), p.security(), p.paging(), p.surfaces(), p.repository(), p.origin());
      DomainModel m = new DomainModel(model.generatedPackage(), model.classpath(), List.of(reordered));
      JsonNode ops = mapper.readTree(new ModelJsonWriter().write(m)).at("/entities/0/operations");
      assertThat(mapper.convertValue(ops, List.class)).containsExactly("LIST", "READ");
    }
    JsonNode book = mapper.readTree(json).at("/entities/1");
    assertThat(mapper.convertValue(book.get("operations"), List.class))
        .containsExactly(EnumSet.allOf(Operation.class).stream().map(Enum::name).toArray());
  }

  @Test
  void roundTripsTheEntities() throws Exception {
    JsonNode root = mapper.readTree(json);
    assertThat(root.at("/classpath/jacksonMajor").asInt()).isEqualTo(2);
    assertThat(root.at("/classpath/springSecurity").asBoolean()).isTrue();
    JsonNode entities = root.get("entities");
    assertThat(entities).hasSize(3);
    assertThat(entities.findValuesAsText("qualifiedName"))
        .contains("com.example.library.Author", "com.example.library.Book", "com.example.library.Publisher");

    JsonNode book = entities.get(1);
    assertThat(fieldNames(book)).containsExactly("qualifiedName", "type", "path", "id", "version", "properties",
        "operations", "security", "paging", "surfaces", "repository");
    assertThat(book.at("/type/packageName").asText()).isEqualTo("com.example.library");
    assertThat(book.at("/type/simpleNames/0").asText()).isEqualTo("Book");
    assertThat(book.get("path").asText()).isEqualTo("books");
    assertThat(book.at("/id/kind").asText()).isEqualTo("ID");
    assertThat(book.at("/version/name").asText()).isEqualTo("version");
    assertThat(book.at("/security/writeRoles").toString()).isEqualTo("[\"ADMIN\",\"EDITOR\"]");
    assertThat(book.at("/paging/maxPageSize").asInt()).isEqualTo(100);
    assertThat(book.at("/surfaces/list").toString()).isEqualTo("[\"id\",\"title\",\"price\",\"author\"]");
    assertThat(book.at("/repository/simpleNames/0").asText()).isEqualTo("BookRepository");

    JsonNode author = property(book, "author");
    assertThat(fieldNames(author)).containsExactly("name", "jsonName", "kind", "value", "access", "readOnly",
        "writeOnly", "searchable", "generated", "required", "unique", "column", "constraints", "relation");
    assertThat(author.get("jsonName").asText()).isEqualTo("authorId");
    assertThat(author.get("column").asText()).isEqualTo("author_id");
    assertThat(author.get("kind").asText()).isEqualTo("TO_ONE");
    assertThat(author.at("/value/kind").asText()).isEqualTo("LONG");
    assertThat(author.at("/relation/targetPath").asText()).isEqualTo("authors");
    assertThat(author.at("/relation/targetIdAccess/field").asText()).isEqualTo("id");
    assertThat(author.at("/relation/targetIdAccess/getter").isNull()).isTrue();
    assertThat(author.at("/access/getter").asText()).isEqualTo("getAuthor");
    assertThat(author.at("/constraints/0/implied").asBoolean()).isTrue();

    JsonNode genre = property(book, "genre");
    assertThat(genre.at("/value/type/simpleNames").toString()).isEqualTo("[\"Book\",\"Genre\"]");
    assertThat(genre.at("/value/enumConstants").toString()).isEqualTo("[\"FICTION\",\"NON_FICTION\",\"POETRY\"]");
    assertThat(genre.get("relation").isNull()).isTrue();

    JsonNode price = property(book, "price");
    assertThat(price.at("/constraints/0/annotation/simpleNames/0").asText()).isEqualTo("DecimalMin");
    assertThat(price.at("/constraints/0/attributes/value").asText()).isEqualTo("0.00");
    // attributes are written with sorted keys
    assertThat(fieldNames(price.at("/constraints/1/attributes"))).containsExactly("inclusive", "value");

    JsonNode publisher = entities.get(2);
    assertThat(publisher.get("version").isNull()).isTrue();
    assertThat(publisher.get("repository").isNull()).isTrue();
    assertThat(publisher.at("/id/value/kind").asText()).isEqualTo("UUID");
  }

  @Test
  void neverWritesOriginsOrDerivedMethods() throws Exception {
    assertThat(json).doesNotContain("\"origin\"");
    // derived record methods (simpleName(), sortable(), writable(), ...) are not part of the shape
    assertThat(json).doesNotContain("\"simpleName\"", "\"sortable\"", "\"writable\"", "\"allRoles\"",
        "\"publicReads\"", "\"canonicalName\"", "\"listDiffersFromRead\"");
  }

  @Test
  void isReadableAsPlainMapsTheWayThePluginReadsIt() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> root = mapper.readValue(json, Map.class);
    assertThat(root).containsEntry("armatureModelVersion", 1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entities = (List<Map<String, Object>>) root.get("entities");
    assertThat(entities).extracting(e -> e.get("path")).containsExactly("authors", "books", "publishers");
  }

  private static JsonNode property(JsonNode entity, String name) {
    for (JsonNode p : entity.get("properties")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no property " + name);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

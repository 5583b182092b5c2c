package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: what the generated writes do without the database's help. A decimal of known scale is written at
 * that scale (the response shows what is stored); an update keeps the related entity it already holds
 * rather than loading it again (a PATCH of another field runs no select for it). Behaviour over HTTP, with
 * statements counted, is LibraryApiIT's.
 */
class WriteMappingTest {
  private static final JavaFileObject OWNER = JavaFileObjects.forSourceLines("com.example.shop.Owner",
      "package com.example.shop;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "@Entity @ApiResource",
      "public class Owner {",
      "  @Id @GeneratedValue public Long id;",
      "  public String name;",
      "}");
  private static final JavaFileObject ITEM = JavaFileObjects.forSourceLines("com.example.shop.Item",
      "package com.example.shop;",
      "import dev.armature.annotations.*;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.Digits;",
      "import java.math.BigDecimal;",
      "@Entity @ApiResource",
      "public class Item {",
      "  @Id @GeneratedValue public Long id;",
      "  @Column(precision = 8, scale = 2) public BigDecimal price;",
      "  @Digits(integer = 5, fraction = 3) public BigDecimal weight;",
      "  public BigDecimal free;",
      "  @ManyToOne(fetch = FetchType.LAZY) public Owner owner;",
      "}");

  private static String controller;

  @BeforeAll
  static void compile() throws Exception {
    CompiledCode code = CompiledCode.process(List.of(OWNER, ITEM));
    CompilationSubject.assertThat(code.compilation).succeeded();
    controller = code.compilation.generatedSourceFile("com.example.shop.api.ItemController").orElseThrow()
        .getCharContent(true).toString();
  }

  @Test
  void aDecimalIsWrittenAtTheScaleOfItsColumnOrItsDigits() {
    assertThat(controller).contains("entity.price = RequestReader.scaled(request.price(), 2);");
    assertThat(controller).contains("entity.weight = RequestReader.scaled(request.weight(), 3);");
    assertThat(controller).contains("entity.free = request.free();");
  }

  @Test
  void anUpdateKeepsTheRelatedEntityItHoldsAndACreateResolvesIt() {
    assertThat(controller).contains("Owner relatedOwner = Objects.equals(request.ownerId(), idOfOwner(entity.owner))"
        + " ? entity.owner : in.find(Owner.class, request.ownerId(), \"ownerId\");");
    assertThat(controller).contains("Owner relatedOwner = in.find(Owner.class, request.ownerId(), \"ownerId\");");
  }
}

package dev.armature.processor.scan;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import javax.lang.model.element.ElementKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Field or property access across an entity hierarchy, as JPA resolves it class by class. */
class HierarchyAccessTest {
  /** JPA applies a class's @Access to its own attributes only; the superclass keeps the access its @Id gives. */
  @Test
  void eachClassOfTheHierarchyHasItsOwnAccess() {
    JavaFileObject auditable = JavaFileObjects.forSourceLines("com.example.fleet.Auditable",
        "package com.example.fleet;",
        "import jakarta.persistence.*;",
        "import java.time.Instant;",
        "@MappedSuperclass",
        "public abstract class Auditable {",
        "  @Id @GeneratedValue private Long id;",
        "  @Version private Long version;",
        "  private Instant createdAt;",
        "  public Long getId() { return id; }",
        "  public Long getVersion() { return version; }",
        "  public Instant getCreatedAt() { return createdAt; }",
        "  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }",
        "}");
    JavaFileObject driver = JavaFileObjects.forSourceLines("com.example.fleet.Driver",
        "package com.example.fleet;",
        "import dev.armature.annotations.*;",
        "import jakarta.persistence.*;",
        "@Entity @Access(AccessType.PROPERTY) @ApiResource",
        "public class Driver extends Auditable {",
        "  private String fullName;",
        "  private String licence;",
        "  private String scratch;",
        "  @Column(length = 40) public String getFullName() { return fullName; }",
        "  public void setFullName(String fullName) { this.fullName = fullName; }",
        "  public String getLicence() { return licence; }",
        "  public void setLicence(String licence) { this.licence = licence; }",
        "  @Transient public String getScratch() { return scratch; }",
        "}");
    ScanningProcessor scanning = new ScanningProcessor();
    Compilation compilation = Compiler.javac().withProcessors(scanning).compile(auditable, driver);
    assertThat(compilation).succeededWithoutWarnings();

    EntityModel d = scanning.entity("Driver");
    assertThat(d.id().name()).isEqualTo("id");
    assertThat(d.id().origin().getKind()).isEqualTo(ElementKind.FIELD);
    assertThat(d.version()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("version"));
    assertThat(d.properties()).extracting(PropertyModel::name).containsExactly("createdAt", "fullName", "licence");
    assertThat(d.property("fullName").origin().getKind()).isEqualTo(ElementKind.METHOD);
    assertThat(d.property("fullName").constraint("Size")).hasValueSatisfying(c ->
        assertThat(c.attributes()).containsEntry("max", 40L));
    assertThat(d.property("createdAt").origin().getKind()).isEqualTo(ElementKind.FIELD);
  }
}

package com.example.armature.index;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.TemplateVars;
import java.util.List;

/**
 * A third-party generator with a template of its own in its jar ({@code armature/templates/resources.csv.vm}):
 * {@code docs/resources.csv}, one line per resource.
 */
public final class ResourceIndexGenerator implements Generator {

  /** The template's variables. */
  public record IndexVars(String project, List<Row> rows) implements TemplateVars {}

  /** One resource. */
  public record Row(String path, String entity, String operations) {}

  @Override
  public String name() {
    return "resource-index";
  }

  @Override
  public String description() {
    return "docs/resources.csv: one line per resource";
  }

  @Override
  public List<GeneratedFile> generate(GeneratorContext context) {
    List<Row> rows = context.model().entities().stream()
        .map(e -> new Row("/api/" + e.path(), e.simpleName(),
            String.join(" ", e.operations().stream().sorted().map(Enum::name).toList())))
        .toList();
    String csv = context.templates().render("resources.csv.vm", new IndexVars(context.project().artifactId(), rows));
    return List.of(GeneratedFile.text("docs/resources.csv", csv));
  }
}

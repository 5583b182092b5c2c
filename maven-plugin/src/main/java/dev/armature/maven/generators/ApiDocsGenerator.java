package dev.armature.maven.generators;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import java.util.List;

/**
 * {@code docs/API.md}: the generated REST API for people, from the same IR as the code and the OpenAPI
 * description, so it lists exactly the endpoints, fields, parameters and status codes the application has.
 */
@AutoService(Generator.class)
public final class ApiDocsGenerator implements Generator {
  static final String PATH = "docs/API.md";
  static final String TEMPLATE = "API.md.vm";

  @Override
  public String name() {
    return "api-docs";
  }

  @Override
  public String description() {
    return "docs/API.md: every endpoint of the generated API with its access, fields, parameters and status codes";
  }

  @Override
  public List<GeneratedFile> generate(GeneratorContext context) {
    return List.of(GeneratedFile.text(PATH, context.templates().render(TEMPLATE, ApiDocsVars.of(context))));
  }
}

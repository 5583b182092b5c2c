package dev.armature.maven.generators;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import java.util.List;

/**
 * {@code .env.example}: every environment variable the generated application reads, with the values a
 * developer machine can use and no secret, for the team to commit; {@code .env} itself is written by a
 * post-build hook with real secrets and is never committed.
 */
@AutoService(Generator.class)
public final class EnvExampleGenerator implements Generator {
  static final String PATH = ".env.example";
  static final String TEMPLATE = "env.example.vm";

  @Override
  public String name() {
    return "env-example";
  }

  @Override
  public String description() {
    return "the .env.example file: every environment variable the generated application reads, without secrets";
  }

  @Override
  public List<GeneratedFile> generate(GeneratorContext context) {
    EnvExampleVars vars = EnvExampleVars.of(context.project(), context.settings(), context.model());
    return List.of(GeneratedFile.text(PATH, context.templates().render(TEMPLATE, vars)));
  }
}

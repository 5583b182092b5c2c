package dev.armature.maven.engine;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import java.util.Arrays;
import java.util.List;

/** A generator made in a test: its name and what it does are given. */
final class TestGenerator implements Generator {
  /** What the generator does when run. */
  interface Body {
    List<GeneratedFile> generate(GeneratorContext context) throws Exception;
  }

  private final String name;
  private final Body body;

  TestGenerator(String name, Body body) {
    this.name = name;
    this.body = body;
  }

  /** A generator making these text files, each containing its path and the generator's name. */
  static TestGenerator making(String name, String... paths) {
    return new TestGenerator(name, c -> Arrays.stream(paths)
        .map(p -> GeneratedFile.text(p, p + " by " + name + "\n")).toList());
  }

  @Override public String name() {
    return name;
  }

  @Override public String description() {
    return "a test generator";
  }

  @Override public List<GeneratedFile> generate(GeneratorContext context) throws Exception {
    return body.generate(context);
  }

  @Override public String toString() {
    return name;
  }
}

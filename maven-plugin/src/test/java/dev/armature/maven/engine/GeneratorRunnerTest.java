package dev.armature.maven.engine;

import static dev.armature.maven.engine.TestGenerator.making;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link GeneratorRunner}: a parallel run is a serial run, byte for byte; a failure names the generator. */
class GeneratorRunnerTest {
  private static final GeneratorContext CONTEXT = new GeneratorContext(SampleModels.library(),
      SampleModels.project(Path.of("/project")), Settings.defaults(), (name, vars) -> "");
  private static final ClassLoader LOADER = GeneratorRunnerTest.class.getClassLoader();

  @Test
  void aParallelRunGivesTheSameFilesInTheSameOrderAsASerialOne() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    List<Generator> generators = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      generators.add(sleepy(String.format("gen-%02d", i), new Random(i), running, mostAtOnce));
    }

    List<GeneratorRunner.Made> serial = new GeneratorRunner().run(generators, CONTEXT, 1, LOADER);
    List<GeneratorRunner.Made> parallel = new GeneratorRunner().run(generators, CONTEXT, 4, LOADER);

    assertThat(serial).hasSize(40 * 3);
    assertThat(parallel).isEqualTo(serial); // Made compares the file's bytes (GeneratedFile.equals)
    for (int i = 0; i < serial.size(); i++) {
      assertThat(parallel.get(i).file().content()).isEqualTo(serial.get(i).file().content());
    }
    assertThat(serial).extracting(m -> m.file().path()).isSorted();
    assertThat(mostAtOnce.get()).as("generators ran at the same time").isGreaterThan(1);
  }

  @Test
  void theOrderOfTheGeneratorsDoesNotMatter() throws Exception {
    List<Generator> generators = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      generators.add(making("gen-" + i, "docs/" + (char) ('a' + i) + ".md", "z/" + i + ".txt"));
    }
    List<GeneratorRunner.Made> inOrder = new GeneratorRunner().run(generators, CONTEXT, 4, LOADER);
    Collections.shuffle(generators, new Random(7));

    assertThat(new GeneratorRunner().run(generators, CONTEXT, 4, LOADER)).isEqualTo(inOrder);
    assertThat(new GeneratorRunner().run(generators, CONTEXT, 1, LOADER)).isEqualTo(inOrder);
  }

  @Test
  void filesAreSortedByPathAndKeepTheirGenerator() throws Exception {
    List<Generator> generators = List.of(making("b-gen", "z.txt", "docs/b.md"), making("a-gen", "docs/a.md", "m.txt"));

    List<GeneratorRunner.Made> made = new GeneratorRunner().run(generators, CONTEXT, 2, LOADER);

    assertThat(made).extracting(m -> m.file().path() + " " + m.generator())
        .containsExactly("docs/a.md a-gen", "docs/b.md b-gen", "m.txt a-gen", "z.txt b-gen");
    assertThat(made.get(0).file().text()).isEqualTo("docs/a.md by a-gen\n");
  }

  @Test
  void twoGeneratorsMakingOnePathFailNamingBoth() {
    List<Generator> generators = List.of(making("api-docs", "docs/API.md"), making("my-docs", "README.md", "docs/API.md"));

    for (int threads : new int[] {1, 4}) {
      assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, threads, LOADER))
          .isInstanceOf(ArmatureFailure.class)
          .hasMessage("the generators 'api-docs' and 'my-docs' both make docs/API.md; leave one out with <excludeGenerators>");
    }
  }

  @Test
  void oneGeneratorMakingOnePathTwiceFailsNamingItAndItsClass() {
    // leaving "one" out with <excludeGenerators> would leave out the only one: this is the generator's bug
    List<Generator> generators = List.of(making("twice", "docs/API.md", "docs/API.md"));

    for (int threads : new int[] {1, 4}) {
      assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, threads, LOADER))
          .isInstanceOf(ArmatureFailure.class)
          .hasMessage("Generator 'twice' makes docs/API.md twice (a bug in " + TestGenerator.class.getName() + ")");
    }
  }

  @Test
  void theClashNamedIsTheFirstPathWhateverOrderTheGeneratorListsItsFiles() {
    List<Generator> generators = List.of(making("one", "z.md", "b.md"), making("two", "z.md", "b.md"));

    assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, 1, LOADER))
        .hasMessageContaining("both make b.md;");
  }

  @Test
  void anErrorInAParallelRunNamesTheGenerator() {
    AssertionError error = new AssertionError("expected a resource");
    List<Generator> generators = List.of(making("fine", "a.txt"), new TestGenerator("asserting", c -> {
      throw error;
    }));

    assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, 4, LOADER))
        .isInstanceOf(ArmatureFailure.class)
        .hasMessage("Generator 'asserting' failed: java.lang.AssertionError: expected a resource")
        .hasCause(error);
  }

  @Test
  void anExceptionFailsNamingTheGeneratorAndKeepsTheCause() {
    IllegalStateException boom = new IllegalStateException("template API.md.vm: unknown $foo at line 3");
    List<Generator> generators = List.of(making("a-fine", "a.txt"), new TestGenerator("broken", c -> {
      throw boom;
    }), making("z-fine", "z.txt"));

    for (int threads : new int[] {1, 4}) {
      assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, threads, LOADER))
          .isInstanceOf(ArmatureFailure.class)
          .hasMessage("Generator 'broken' failed: template API.md.vm: unknown $foo at line 3")
          .hasCause(boom);
    }
  }

  @Test
  void anExceptionWithoutMessageIsNamedByItsClass() {
    List<Generator> generators = List.of(new TestGenerator("broken", c -> {
      throw new NullPointerException();
    }));

    assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, 1, LOADER))
        .hasMessage("Generator 'broken' failed: java.lang.NullPointerException");
  }

  @Test
  void aLinkageErrorFailsNamingTheGenerator() {
    List<Generator> generators = List.of(making("fine", "a.txt"), new TestGenerator("old-jar", c -> {
      throw new NoSuchMethodError("'void dev.armature.Old.method()'");
    }));

    for (int threads : new int[] {1, 4}) {
      assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, threads, LOADER))
          .isInstanceOf(ArmatureFailure.class)
          .hasMessage("Generator 'old-jar' failed: 'void dev.armature.Old.method()'");
    }
  }

  @Test
  void aNullListFailsNamingTheGeneratorAndItsClass() {
    List<Generator> generators = List.of(making("fine", "a.txt"), new TestGenerator("lazy", c -> null));

    for (int threads : new int[] {1, 4}) {
      assertThatThrownBy(() -> new GeneratorRunner().run(generators, CONTEXT, threads, LOADER))
          .isInstanceOf(ArmatureFailure.class)
          .hasMessage("Generator 'lazy' returned no file list (a bug in " + TestGenerator.class.getName() + ")");
    }
  }

  @Test
  void theWorkerThreadsHaveTheGivenContextClassLoader() throws Exception {
    try (URLClassLoader plugin = new URLClassLoader(new URL[0], LOADER)) {
      Set<ClassLoader> seen = ConcurrentHashMap.newKeySet();
      Set<String> threads = ConcurrentHashMap.newKeySet();
      List<Generator> generators = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        generators.add(new TestGenerator("gen-" + i, c -> {
          seen.add(Thread.currentThread().getContextClassLoader());
          threads.add(Thread.currentThread().getName());
          return List.of();
        }));
      }

      new GeneratorRunner().run(generators, CONTEXT, 4, plugin);

      assertThat(seen).containsExactly(plugin);
      assertThat(threads).containsExactly("armature-generator");
    }
  }

  @Test
  void noGeneratorsMakeNoFiles() throws Exception {
    assertThat(new GeneratorRunner().run(List.of(), CONTEXT, 4, LOADER)).isEmpty();
  }

  /** Three files (one in a folder shared by all), after a random short sleep, so parallel runs finish out of order. */
  private static Generator sleepy(String name, Random random, AtomicInteger running, AtomicInteger mostAtOnce) {
    long[] sleeps = {random.nextInt(6), random.nextInt(6)};
    AtomicInteger call = new AtomicInteger();
    return new TestGenerator(name, c -> {
      int now = running.incrementAndGet();
      mostAtOnce.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(sleeps[call.getAndIncrement() % 2]);
      } finally {
        running.decrementAndGet();
      }
      return List.of(
          GeneratedFile.text("shared/" + name + ".txt", "shared file of " + name + "\n"),
          GeneratedFile.text(name + "/b.txt", "b of " + name + "\n".repeat(1 + name.length())),
          GeneratedFile.text(name + "/a.txt", "a of " + name + "\n"));
    });
  }
}

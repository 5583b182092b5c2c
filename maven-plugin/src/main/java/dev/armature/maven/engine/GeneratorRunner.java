package dev.armature.maven.engine;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs generators in parallel (they are pure, see {@link Generator}) and gathers their files in one order,
 * by path, so the result is the same bytes as a serial run. Two generators making the same path, or a
 * generator failing, fail the build with the generator's name.
 */
final class GeneratorRunner {

  /** One file and the generator that made it. */
  record Made(GeneratedFile file, String generator) {}

  /**
   * @param threads at most this many generators at once (1: serial)
   * @param loader the context class loader of the worker threads (the plugin's, so generators find their
   *     templates and services as in a serial run)
   */
  List<Made> run(List<Generator> generators, GeneratorContext context, int threads, ClassLoader loader)
      throws ArmatureFailure {
    List<List<GeneratedFile>> outputs = new ArrayList<>();
    if (threads <= 1 || generators.size() <= 1) {
      for (Generator g : generators) {
        outputs.add(call(g, context));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, generators.size()), r -> {
        Thread t = new Thread(r, "armature-generator");
        t.setDaemon(true);
        t.setContextClassLoader(loader);
        return t;
      });
      try {
        List<Future<List<GeneratedFile>>> futures = new ArrayList<>();
        for (Generator g : generators) {
          futures.add(pool.submit(() -> call(g, context)));
        }
        for (int i = 0; i < futures.size(); i++) {
          try {
            outputs.add(futures.get(i).get());
          } catch (ExecutionException e) {
            if (e.getCause() instanceof ArmatureFailure failure) {
              throw failure;
            }
            // an Error call() lets through (AssertionError, StackOverflowError): still name the generator
            throw new ArmatureFailure("Generator '" + generators.get(i).name() + "' failed: " + e.getCause(),
                e.getCause());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ArmatureFailure("interrupted while the generators ran", e);
      } finally {
        pool.shutdownNow();
      }
    }
    Map<String, Made> byPath = new TreeMap<>();
    for (int i = 0; i < generators.size(); i++) {
      String name = generators.get(i).name();
      for (GeneratedFile file : outputs.get(i)) {
        Made earlier = byPath.put(file.path(), new Made(file, name));
        if (earlier != null && earlier.generator().equals(name)) {
          // <excludeGenerators> would leave out the only one: the advice below does not apply
          throw new ArmatureFailure("Generator '" + name + "' makes " + file.path() + " twice (a bug in "
              + generators.get(i).getClass().getName() + ")");
        }
        if (earlier != null) {
          throw new ArmatureFailure("the generators '" + earlier.generator() + "' and '" + name + "' both make "
              + file.path() + "; leave one out with <excludeGenerators>");
        }
      }
    }
    return List.copyOf(byPath.values());
  }

  private static List<GeneratedFile> call(Generator generator, GeneratorContext context) throws ArmatureFailure {
    try {
      List<GeneratedFile> files = generator.generate(context);
      if (files == null) {
        throw new ArmatureFailure("Generator '" + generator.name() + "' returned no file list (a bug in "
            + generator.getClass().getName() + ")");
      }
      List<GeneratedFile> sorted = new ArrayList<>(files);
      sorted.sort(Comparator.comparing(GeneratedFile::path));
      return sorted;
    } catch (ArmatureFailure e) {
      throw e;
    } catch (Exception | LinkageError e) {
      String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
      throw new ArmatureFailure("Generator '" + generator.name() + "' failed: " + reason, e);
    }
  }
}

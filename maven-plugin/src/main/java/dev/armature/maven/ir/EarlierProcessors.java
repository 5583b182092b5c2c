package dev.armature.maven.ir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.annotation.processing.Processor;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The annotation processors that run before Armature's in the IR pass, loaded from their jars exactly as
 * javac loads a {@code -processorpath} (the file manager's class loader for it), so they see javac as in
 * a compile and nothing of the plugin. Lombok is the reason: without its accessors, entities with private
 * fields and {@code @Getter}/{@code @Setter} would look inaccessible to Armature.
 */
final class EarlierProcessors implements AutoCloseable {
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";
  private final ClassLoader loader;
  private final List<Processor> processors;

  private EarlierProcessors(ClassLoader loader, List<Processor> processors) {
    this.loader = loader;
    this.processors = List.copyOf(processors);
  }

  static EarlierProcessors load(StandardJavaFileManager fm, List<Path> jars) throws IOException {
    if (jars.isEmpty()) {
      return new EarlierProcessors(null, List.of());
    }
    fm.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, jars);
    ClassLoader loader = fm.getClassLoader(StandardLocation.ANNOTATION_PROCESSOR_PATH);
    List<Processor> processors = new ArrayList<>();
    // the processors these jars declare, not what a ServiceLoader would also find through the loader's
    // parent (javac's class path, which holds Armature's own processor when the plugin runs in a test)
    for (String name : declared(jars)) {
      try {
        processors.add((Processor) Class.forName(name, true, loader).getConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        throw new IOException("cannot start the annotation processor " + name + ": " + e, e);
      }
    }
    return new EarlierProcessors(loader, processors);
  }

  /** The class names in each jar's {@code META-INF/services/javax.annotation.processing.Processor}, in order. */
  private static List<String> declared(List<Path> jars) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (Path jar : jars) {
      List<String> lines;
      if (Files.isDirectory(jar)) {
        Path file = jar.resolve(SERVICES);
        lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
      } else {
        try (JarFile file = new JarFile(jar.toFile())) {
          JarEntry entry = file.getJarEntry(SERVICES);
          lines = entry == null ? List.of()
              : new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
      }
      for (String line : lines) {
        String name = line.replaceAll("#.*", "").trim();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  List<Processor> processors() {
    return processors;
  }

  @Override
  public void close() throws IOException {
    if (loader instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }
}

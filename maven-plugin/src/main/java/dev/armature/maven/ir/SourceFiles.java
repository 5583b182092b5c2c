package dev.armature.maven.ir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .java} files of the source roots, sorted, so the pass and the fingerprint see one order. */
final class SourceFiles {
  private SourceFiles() {}

  static List<Path> of(IrRequest request) throws IOException {
    List<Path> excluded = request.excludedRoots().stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<Path> files = new ArrayList<>();
    for (Path root : request.sourceRoots()) {
      Path r = root.toAbsolutePath().normalize();
      if (!Files.isDirectory(r) || excluded.contains(r)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(r)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(Files::isRegularFile)
            .filter(p -> excluded.stream().noneMatch(p::startsWith))
            .forEach(files::add);
      }
    }
    return files.stream().distinct().sorted().toList();
  }
}

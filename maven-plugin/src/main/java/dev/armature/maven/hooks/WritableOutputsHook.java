package dev.armature.maven.hooks;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@code writable-outputs}: the output directory and the folders Armature writes into can be written,
 * checked by doing it (a probe file created and deleted in each) rather than by asking for permissions,
 * which ACLs, read-only mounts and root make unreliable. It runs before the generators, so a folder that
 * cannot be written fails the build with one clear message instead of a half-written set of files. Folders
 * it had to create for the probe are removed again: it leaves nothing behind.
 *
 * <p>Pre-build; runs after no other hook; no settings. Hands on nothing. It writes with {@code java.nio}
 * rather than {@code ProjectFiles}: a probe must not enter the manifest.
 */
@AutoService(Hook.class)
public final class WritableOutputsHook implements Hook {
  /** The output directory itself, the manifest's folder and the docs folder. */
  static final List<String> FOLDERS = List.of("", ".armature", "docs");
  static final String PROBE_PREFIX = ".armature-write-probe-";

  @Override
  public String name() {
    return "writable-outputs";
  }

  @Override
  public String description() {
    return "Checks that the output directory, .armature/ and docs/ can be written (a probe file, removed again)";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.PRE_BUILD;
  }

  @Override
  public HookResult run(HookContext context) {
    Path out = context.outputDirectory().toAbsolutePath().normalize();
    List<String> problems = new ArrayList<>();
    for (String folder : FOLDERS) {
      probe(folder.isEmpty() ? out : out.resolve(folder)).ifPresent(problems::add);
      if (folder.isEmpty() && !problems.isEmpty()) {
        break; // nothing inside it can be written either
      }
    }
    if (!problems.isEmpty()) {
      return HookResult.failed(String.join("; ", problems) + ". Or set <outputDirectory> to a folder you can write to");
    }
    return HookResult.quiet("can write into " + out + ", " + String.join("/, ", FOLDERS.subList(1, FOLDERS.size())) + "/");
  }

  /** Creates (if need be), writes, and removes again; a problem names the folder. */
  private static Optional<String> probe(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      return Optional.of(folder + " is a file, but Armature writes a folder of that name: rename or move the file");
    }
    Deque<Path> created = new ArrayDeque<>();
    Path probe = null;
    try {
      createMissing(folder, created);
      probe = Files.createTempFile(folder, PROBE_PREFIX, ".tmp");
      Files.write(probe, new byte[] {'o', 'k'});
      return Optional.empty();
    } catch (AccessDeniedException e) {
      return Optional.of("cannot write into " + folder + " (permission denied): make it writable for the user"
          + " running Maven (chmod u+w " + nearestExisting(folder) + ")");
    } catch (FileSystemException e) {
      return Optional.of("cannot write into " + folder + " ("
          + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + ")");
    } catch (IOException e) {
      return Optional.of("cannot write into " + folder + " (" + e.getMessage() + ")");
    } finally {
      cleanUp(probe, created);
    }
  }

  /** The folder itself, or the parent that stops it being created. */
  private static Path nearestExisting(Path folder) {
    Path p = folder;
    while (p.getParent() != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p;
  }

  /** Creates the missing folders from the top down, remembering each so it can be removed. */
  private static void createMissing(Path folder, Deque<Path> created) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing.push(p);
    }
    while (!missing.isEmpty()) {
      Path next = missing.pop();
      Files.createDirectory(next);
      created.push(next);
    }
  }

  /** Best effort: a probe that cannot be removed is harmless and says what it is by its name. */
  private static void cleanUp(Path probe, Deque<Path> created) {
    try {
      if (probe != null) {
        Files.deleteIfExists(probe);
      }
      while (!created.isEmpty()) {
        Files.deleteIfExists(created.pop());
      }
    } catch (IOException e) {
      // nothing more to do; the folders were empty ones this hook made
    }
  }
}

package dev.armature.maven.writes;

import static dev.armature.maven.writes.Notices.NEW_SUFFIX;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.ProjectFiles;
import dev.armature.maven.spi.ProjectFiles.WriteOutcome;
import dev.armature.maven.writes.ManifestEntry.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Every write Armature makes into the output directory, by the rules of {@code .armature/manifest.json}.
 *
 * <p>The manifest remembers the hash of the bytes Armature last wrote to each file. A file that still has
 * them is Armature's to replace; one that does not was edited by a person and is never overwritten (the
 * new version goes beside it as {@code .armature-new}); one that is gone was deleted by a person and is not
 * brought back. A file only changes when its bytes do, and then atomically ({@link AtomicFiles}).
 *
 * <p>One run uses one instance from one thread: open, write, {@link #removeStale}, {@link #save}.
 */
public final class OutputFiles {
  private final Path root;
  private final Consumer<String> notices;
  private final Manifest manifest;
  private final Tally tally = new Tally();
  /** Paths this run wrote or looked at, and the .armature-new files it left, for {@link #diskState()}. */
  private final SortedSet<String> touched = new TreeSet<>();

  private OutputFiles(Path root, Consumer<String> notices, Manifest manifest) {
    this.root = root;
    this.notices = notices;
    this.manifest = manifest;
  }

  /**
   * Opens the output directory: reads {@code .armature/manifest.json} if it exists.
   *
   * @param outputDirectory the folder files go to
   * @param notices receives one whole sentence per thing the person should know (an edited file kept, a
   *     deleted file not restored), to be logged as a warning
   * @throws IOException when the manifest exists but cannot be read (the message names the file)
   */
  public static OutputFiles open(Path outputDirectory, Consumer<String> notices) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    return new OutputFiles(root, Objects.requireNonNull(notices, "notices"), Manifest.read(root));
  }

  /** Writes one generator's file by the manifest's rules. */
  public WriteOutcome writeGenerated(GeneratedFile file, String generator) throws IOException {
    return writeOwned(file.path(), file.content(), Origin.generator(generator));
  }

  /** The view a hook writes through: its writes are recorded in the manifest under the hook's name. */
  public ProjectFiles forHook(String hook) {
    return new HookFiles(this, Origin.hook(hook));
  }

  /**
   * Removes files that {@code generators} wrote on an earlier run and no longer make (not in {@code made});
   * a file the person edited is kept and only dropped from the manifest.
   */
  public void removeStale(Set<String> made, Set<String> generators) throws IOException {
    for (Map.Entry<String, ManifestEntry> e : new ArrayList<>(manifest.entries().entrySet())) {
      String path = e.getKey();
      ManifestEntry entry = e.getValue();
      if (entry.origin().role() != Origin.Role.GENERATOR || !generators.contains(entry.origin().name())
          || made.contains(path) || entry.kind() != Kind.WRITTEN) {
        continue;
      }
      withdrawNewVersion(path);
      Optional<byte[]> disk = AtomicFiles.read(resolve(path), path);
      if (disk.isPresent() && Hashes.sha256(disk.get()).equals(entry.sha256())) {
        AtomicFiles.deleteAndPrune(resolve(path), root);
        tally.removed++;
      } else if (disk.isPresent()) {
        notices.accept(Notices.staleButEdited(path, entry.origin()));
        tally.keptStale++;
      }
      manifest.remove(path);
    }
  }

  /** Writes the manifest when its bytes changed. */
  public void save() throws IOException {
    Path file = resolve(Manifest.PATH);
    if (manifest.isEmpty() && !Files.exists(file)) {
      return; // a project Armature never wrote into gets no empty manifest
    }
    AtomicFiles.writeIfChanged(file, manifest.toBytes());
  }

  /**
   * One line for the build log, e.g. {@code "2 files written, 5 unchanged, 1 kept (edited by you; new version
   * beside it)"}; what was kept, not restored or removed is only named when it happened.
   */
  public String summary() {
    return tally.summary();
  }

  /** Whether this run wrote, replaced or removed any file. */
  public boolean changedAnything() {
    return tally.written > 0 || tally.removed > 0;
  }

  /**
   * Path → SHA-256 (or {@code "missing"}) of every file the manifest lists, as they are on disk now; also the
   * files this run looked at but does not list (a person's own file with Armature's version beside it), the
   * {@code .armature-new} files, and the manifest itself (so that removing an entry by hand is a change).
   * Secrets are {@code "present"} or {@code "missing"}, never hashed.
   */
  public Map<String, String> diskState() throws IOException {
    SortedSet<String> paths = new TreeSet<>(manifest.entries().keySet());
    paths.addAll(touched);
    paths.add(Manifest.PATH);
    return Collections.unmodifiableSortedMap(DiskState.of(root, paths, manifest.secrets()));
  }

  /**
   * The same for any set of paths under a folder. Which paths are secrets comes from the manifest there.
   *
   * @throws IOException also when that manifest is damaged (then no file can safely be hashed)
   */
  public static Map<String, String> diskState(Path outputDirectory, Set<String> paths) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    return Collections.unmodifiableSortedMap(DiskState.of(root, paths, Manifest.read(root).secrets()));
  }

  Optional<byte[]> read(String path) throws IOException {
    return AtomicFiles.read(resolve(path), path);
  }

  /** A file Armature owns (a generator's, or a hook's {@link ProjectFiles#write}); {@code path} is checked. */
  WriteOutcome writeOwned(String path, byte[] content, Origin origin) throws IOException {
    touched.add(path);
    ManifestEntry entry = manifest.get(path).orElse(null);
    if (entry != null && entry.kind() == Kind.SECRET) {
      throw new IOException(path + " is a secret (" + Manifest.PATH + " says so), which " + origin
          + " may not overwrite");
    }
    String lastWritten = entry != null && entry.kind() == Kind.WRITTEN ? entry.sha256() : null;
    String next = Hashes.sha256(content);
    Optional<byte[]> disk = read(path);
    if (disk.isEmpty()) {
      withdrawNewVersion(path);
      if (lastWritten != null) {
        notices.accept(Notices.deletedNotRestored(path));
        return count(WriteOutcome.KEPT_DELETED);
      }
      AtomicFiles.write(resolve(path), content);
      manifest.put(path, ManifestEntry.written(origin, next));
      return count(WriteOutcome.CREATED);
    }
    String onDisk = Hashes.sha256(disk.get());
    if (onDisk.equals(lastWritten) || onDisk.equals(next)) {
      // untouched since Armature wrote it, or a person's copy that is byte for byte this version (adopted)
      withdrawNewVersion(path);
      manifest.put(path, ManifestEntry.written(origin, next));
      if (onDisk.equals(next)) {
        return count(WriteOutcome.UNCHANGED);
      }
      AtomicFiles.write(resolve(path), content);
      return count(WriteOutcome.UPDATED);
    }
    if (lastWritten != null) {
      manifest.put(path, ManifestEntry.written(origin, lastWritten)); // still "edited" on the next run
    }
    // edited (or a person's own file at this path): theirs stays; Armature's version goes beside it, also
    // when it is the version they edited, so they can always see what they changed against what it makes
    AtomicFiles.writeIfChanged(resolve(path + NEW_SUFFIX), content);
    touched.add(path + NEW_SUFFIX);
    notices.accept(lastWritten != null ? Notices.editedNewBeside(path) : Notices.notOursNewBeside(path));
    tally.keptWithNewBeside++;
    return WriteOutcome.KEPT_EDITED;
  }

  /** A person's file a hook merged into; {@code path} is checked. */
  WriteOutcome merge(String path, byte[] content, Origin origin) throws IOException {
    touched.add(path);
    if (manifest.get(path).filter(e -> e.kind() == Kind.SECRET).isPresent()) {
      throw new IOException(path + " is a secret (" + Manifest.PATH + " says so), which " + origin
          + " may not rewrite");
    }
    boolean existed = read(path).isPresent();
    boolean wrote = AtomicFiles.writeIfChanged(resolve(path), content);
    manifest.put(path, ManifestEntry.merged(origin));
    return count(!wrote ? WriteOutcome.UNCHANGED : existed ? WriteOutcome.UPDATED : WriteOutcome.CREATED);
  }

  /** A secret, made once; {@code path} is checked. An existing one is not even read. */
  WriteOutcome createSecret(String path, byte[] content, Origin origin) throws IOException {
    touched.add(path);
    WriteOutcome outcome = WriteOutcome.KEPT;
    if (!Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS)) {
      AtomicFiles.createOwnerOnly(resolve(path), content);
      outcome = WriteOutcome.CREATED;
    }
    manifest.put(path, ManifestEntry.secret(origin));
    return count(outcome);
  }

  /** Removes the {@code .armature-new} beside {@code path}: the person took it, or it is out of date. */
  private void withdrawNewVersion(String path) throws IOException {
    Files.deleteIfExists(resolve(path + NEW_SUFFIX));
  }

  private WriteOutcome count(WriteOutcome outcome) {
    switch (outcome) {
      case CREATED, UPDATED -> tally.written++;
      case UNCHANGED, KEPT -> tally.unchanged++;
      case KEPT_DELETED -> tally.keptDeleted++;
      default -> throw new IllegalArgumentException(outcome + " is counted where it happens");
    }
    return outcome;
  }

  private Path resolve(String path) {
    return root.resolve(path);
  }
}

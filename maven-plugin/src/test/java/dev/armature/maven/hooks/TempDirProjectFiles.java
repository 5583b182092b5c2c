package dev.armature.maven.hooks;

import dev.armature.maven.spi.ProjectFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A test double of {@link ProjectFiles} (the real one, {@code OutputFiles.forHook}, keeps a manifest): writes
 * straight into a folder and records every call. Secrets are created only when absent, owner-only, as the
 * contract says; merge and write are plain writes.
 */
final class TempDirProjectFiles implements ProjectFiles {

  /** One call: {@code read}, {@code write}, {@code merge} or {@code createSecret}, its path and outcome. */
  record Call(String kind, String path, WriteOutcome outcome) {}

  private final Path root;
  private final List<Call> calls = new ArrayList<>();

  TempDirProjectFiles(Path root) {
    this.root = root;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The calls of one kind, as {@code path=OUTCOME}. */
  List<String> calls(String kind) {
    return calls.stream().filter(c -> c.kind().equals(kind)).map(c -> c.path() + "=" + c.outcome()).toList();
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    Path file = resolve(path);
    calls.add(new Call("read", path, null));
    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  @Override
  public WriteOutcome write(String path, byte[] content) throws IOException {
    return record("write", path, plainWrite(resolve(path), content));
  }

  @Override
  public WriteOutcome merge(String path, byte[] content) throws IOException {
    return record("merge", path, plainWrite(resolve(path), content));
  }

  @Override
  public WriteOutcome createSecret(String path, byte[] content) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      return record("createSecret", path, WriteOutcome.KEPT);
    }
    Files.write(file, content);
    return record("createSecret", path, WriteOutcome.CREATED);
  }

  private static WriteOutcome plainWrite(Path file, byte[] content) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return WriteOutcome.CREATED;
    }
    if (Arrays.equals(Files.readAllBytes(file), content)) {
      return WriteOutcome.UNCHANGED;
    }
    Files.write(file, content);
    return WriteOutcome.UPDATED;
  }

  private WriteOutcome record(String kind, String path, WriteOutcome outcome) {
    calls.add(new Call(kind, path, outcome));
    return outcome;
  }

  /** Relative, {@code /}-separated, inside the root, as the contract says. */
  private Path resolve(String path) {
    if (path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a relative /-separated path: " + path);
    }
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("outside the output directory: " + path);
    }
    return file;
  }
}

package dev.armature.maven.writes;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that a reader never sees half done: the bytes go to a temporary file in the target's folder
 * (same file system, so the move is a rename), are forced to disk, then moved over the target atomically.
 * A build killed half way leaves the old file or the new one, never a torn one; at worst a stray
 * {@code .*.armature-tmp} file.
 */
final class AtomicFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private AtomicFiles() {}

  /** The file's bytes, or empty when nothing is there; anything but a regular file is an error. */
  static Optional<byte[]> read(Path file, String path) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException(path + " is not a regular file (" + file + "); Armature writes a file there:"
          + " move it away or leave out what writes it");
    }
    return Optional.of(Files.readAllBytes(file));
  }

  /**
   * Writes {@code content} to {@code target} unless it already has exactly these bytes, so an unchanged file
   * keeps its modification time (and build tools watching it stay quiet).
   *
   * @return whether anything was written
   */
  static boolean writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
      return false;
    }
    write(target, content);
    return true;
  }

  /**
   * Creates or replaces {@code target}. A replaced file keeps its POSIX permissions (a script a person made
   * executable stays so); a new one gets the defaults of the person's umask.
   */
  static void write(Path target, byte[] content) throws IOException {
    Path folder = createParents(target);
    Path temp = newTemp(folder, target);
    try {
      if (isPosix(folder) && Files.isRegularFile(target)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
      fill(temp, content);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Creates {@code target} readable and writable by its owner only. The permissions are set on the empty
   * temporary file, before a byte of the secret is in it and before it gets its name, so no other user can
   * open it at any moment.
   */
  static void createOwnerOnly(Path target, byte[] content) throws IOException {
    Path folder = createParents(target);
    boolean posix = isPosix(folder);
    Path temp = posix ? newTemp(folder, target, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
        : newTemp(folder, target);
    try {
      if (posix) {
        Files.setPosixFilePermissions(temp, OWNER_ONLY); // exactly these: the attribute was filtered by the umask
      } else {
        // Best effort without POSIX permissions: on Windows the calls for others have no effect and the
        // folder's ACL decides who else can read the file.
        File f = temp.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
      }
      fill(temp, content);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes {@code target}, then each parent folder up to (not including) {@code root} that is left empty. */
  static void deleteAndPrune(Path target, Path root) throws IOException {
    Files.deleteIfExists(target);
    for (Path folder = target.getParent(); folder != null && folder.startsWith(root) && !folder.equals(root);
        folder = folder.getParent()) {
      try {
        Files.delete(folder);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  static boolean isPosix(Path folder) {
    return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static Path createParents(Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    return folder;
  }

  private static Path newTemp(Path folder, Path target, java.nio.file.attribute.FileAttribute<?>... attributes)
      throws IOException {
    while (true) {
      String name = "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
          + ".armature-tmp";
      try {
        return Files.createFile(folder.resolve(name), attributes);
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  private static void fill(Path temp, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
        LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package dev.armature.maven.ir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One SHA-256 over everything {@code armature:generate} reads: the sources (by content), the class path
 * (by size and time, as Maven's own staleness checks do), the processor options and whatever the caller
 * adds (plugin version, settings, templates). Equal fingerprints mean the run would produce the same
 * output, so it can be skipped: the "up to date" run costs this hash and nothing else.
 */
public final class InputFingerprint {
  private final MessageDigest digest;

  private InputFingerprint() {
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The fingerprint of the IR inputs plus {@code extra} (sorted by key). */
  public static String of(IrRequest request, Map<String, String> extra) throws IOException {
    InputFingerprint f = new InputFingerprint();
    for (Path file : SourceFiles.of(request)) {
      f.add("source", file.toString());
      f.add("content", Files.readAllBytes(file));
    }
    for (Path entry : request.classpath()) {
      f.addStamp("classpath", entry);
    }
    request.processorOptions().forEach((k, v) -> f.add("option", k + "=" + v));
    f.add("encoding", request.encoding());
    new java.util.TreeMap<>(extra).forEach((k, v) -> f.add("extra", k + "=" + v));
    return HexFormat.of().formatHex(f.digest.digest());
  }

  /** The content hash of every regular file under a folder (e.g. {@code templateDirectory}), as one string. */
  public static String ofFolder(Path folder) throws IOException {
    InputFingerprint f = new InputFingerprint();
    if (Files.isDirectory(folder)) {
      for (Path file : files(folder)) {
        f.add("file", folder.relativize(file).toString());
        f.add("content", Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(f.digest.digest());
  }

  private void addStamp(String kind, Path entry) throws IOException {
    add(kind, entry.toString());
    if (Files.isDirectory(entry)) {
      for (Path file : files(entry)) {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        add("entry", entry.relativize(file) + ":" + a.size() + ":" + a.lastModifiedTime().toMillis());
      }
    } else if (Files.isRegularFile(entry)) {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
      add("stamp", a.size() + ":" + a.lastModifiedTime().toMillis());
    } else {
      add("stamp", "missing");
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private void add(String kind, String value) {
    add(kind, value.getBytes(StandardCharsets.UTF_8));
  }

  private void add(String kind, byte[] value) {
    // length-prefixed, so no two different inputs concatenate to the same stream
    digest.update(kind.getBytes(StandardCharsets.UTF_8));
    digest.update(java.nio.ByteBuffer.allocate(4).putInt(value.length).array());
    digest.update(value);
  }
}

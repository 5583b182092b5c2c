package dev.armature.maven.spi;

import java.io.IOException;
import java.util.Optional;

/**
 * Hooks' way to write into the output directory. Every write is atomic (a temporary file moved into
 * place) and recorded in {@code .armature/manifest.json}. Paths are relative, {@code /}-separated, as in
 * {@link GeneratedFile}.
 */
public interface ProjectFiles {

  /** The current content of a file, if it exists. */
  Optional<byte[]> read(String path) throws IOException;

  /**
   * Writes a file Armature owns by the manifest's rules, like a generator's file: not over a person's
   * edit (the new version goes beside it), not back after a person deleted it, not at all when unchanged.
   */
  WriteOutcome write(String path, byte[] content) throws IOException;

  /**
   * Replaces a file the person owns whose new content the hook computed from the old by merging (e.g.
   * {@code .gitignore} entries added, nothing removed). Written only when the bytes change.
   */
  WriteOutcome merge(String path, byte[] content) throws IOException;

  /**
   * Creates a secret file (e.g. {@code .env}) readable and writable by its owner only, unless it exists:
   * a secret is never regenerated. The manifest lists its name, never its hash (the manifest is committed;
   * secrets differ on every machine).
   *
   * @return {@link WriteOutcome#CREATED}, or {@link WriteOutcome#KEPT} when it already existed
   */
  WriteOutcome createSecret(String path, byte[] content) throws IOException;

  /** What a write did. */
  enum WriteOutcome {
    /** The file did not exist and was written. */
    CREATED,
    /** The file existed with other bytes and was replaced. */
    UPDATED,
    /** The file already had these bytes; nothing was written. */
    UNCHANGED,
    /** A person edited the file since Armature wrote it: kept, the new version written beside it. */
    KEPT_EDITED,
    /** A person deleted the file Armature wrote: not brought back. */
    KEPT_DELETED,
    /** A secret that existed: kept as it is. */
    KEPT
  }
}

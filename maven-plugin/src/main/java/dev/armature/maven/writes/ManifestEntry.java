package dev.armature.maven.writes;

import java.util.Locale;
import java.util.Objects;

/**
 * What the manifest knows about one path.
 *
 * @param origin who wrote it last
 * @param kind how Armature relates to the file
 * @param sha256 for {@link Kind#WRITTEN} only: the hash of the bytes Armature last wrote there, which tells
 *     an untouched file from one a person edited; {@code null} otherwise
 */
record ManifestEntry(Origin origin, Kind kind, String sha256) {

  enum Kind {
    /** Armature owns the content (a generator's file, or a hook's {@code write}). */
    WRITTEN,
    /** The person owns the file; a hook merged entries into it (e.g. {@code .gitignore}). */
    MERGED,
    /**
     * Made once, never read or rewritten. No hash: the manifest is committed and secrets differ per
     * machine, so a hash would only leak a fingerprint of the secret and change on every clone.
     */
    SECRET;

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind ofJson(String value) {
      for (Kind k : values()) {
        if (k.json().equals(value)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown kind \"" + value + "\"");
    }
  }

  ManifestEntry {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.WRITTEN) != (sha256 != null)) {
      throw new IllegalArgumentException("a sha256 belongs to written files only, and every written file has one");
    }
    if (sha256 != null && !Hashes.isSha256(sha256)) {
      throw new IllegalArgumentException("not a SHA-256 in lowercase hex: \"" + sha256 + "\"");
    }
  }

  static ManifestEntry written(Origin origin, String sha256) {
    return new ManifestEntry(origin, Kind.WRITTEN, sha256);
  }

  static ManifestEntry merged(Origin origin) {
    return new ManifestEntry(origin, Kind.MERGED, null);
  }

  static ManifestEntry secret(Origin origin) {
    return new ManifestEntry(origin, Kind.SECRET, null);
  }
}

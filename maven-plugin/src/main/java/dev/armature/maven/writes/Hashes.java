package dev.armature.maven.writes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex: the fingerprint of a file's bytes in the manifest and the run state. */
final class Hashes {
  private Hashes() {}

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether {@code value} looks like what {@link #sha256} returns. */
  static boolean isSha256(String value) {
    return value.matches("[0-9a-f]{64}");
  }
}

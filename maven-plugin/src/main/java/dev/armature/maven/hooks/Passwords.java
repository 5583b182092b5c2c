package dev.armature.maven.hooks;

import java.security.SecureRandom;

/**
 * Random passwords that every reader takes as they are: a POSIX shell ({@code . ./.env}), docker compose's
 * {@code env_file}, {@code java.util.Properties} and a URL's userinfo (RFC 3986 unreserved characters).
 * Letters and digits are the only characters none of them treats specially, so nothing is ever quoted or
 * escaped and a person can copy one by double-clicking it.
 *
 * <p>{@value #LENGTH} characters drawn uniformly from {@value #ALPHABET_SIZE} give
 * {@code 32 × log2(62) ≈ 190.5} bits of entropy, far beyond the 128 bits no guessing, online or offline, can
 * cover.
 */
final class Passwords {
  /** Upper- and lower-case ASCII letters and digits. */
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final int ALPHABET_SIZE = 62;
  static final int LENGTH = 32;

  /**
   * The platform's default {@link SecureRandom} (on Linux, the non-blocking {@code /dev/urandom} source), not
   * {@code getInstanceStrong()}, which may block a build for minutes on a machine short of entropy.
   * {@code SecureRandom} is thread-safe.
   */
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new password of {@value #LENGTH} characters. */
  static String generate() {
    StringBuilder out = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET_SIZE))); // nextInt(bound) is unbiased
    }
    return out.toString();
  }
}

package dev.armature.maven.hooks;

/**
 * The artifacts the built-in post-build hooks hand on ({@link dev.armature.maven.spi.HookResult#artifacts()}),
 * public so a hook of another jar can read them too.
 */
public final class ArtifactKeys {
  private ArtifactKeys() {}

  /** The admin account's user name, from {@code admin-credentials}. */
  public static final String ADMIN_USERNAME = "admin.username";

  /**
   * The admin account's password, from {@code admin-credentials}: in memory only, so {@code env-file} writes
   * the same one into {@code .env}. Never log it.
   */
  public static final String ADMIN_PASSWORD = "admin.password";

  /**
   * Secret files a hook owns, comma-separated paths relative to the output directory; {@code gitignore}
   * reads every key that starts with this. An artifact cannot be replaced, so each hook after the first
   * uses a key of its own: {@code secret.files.<hook-name>}.
   */
  public static final String SECRET_FILES = "secret.files";

  /** The closing text of {@code banner}, exactly as shown. */
  public static final String BANNER_TEXT = "banner.text";
}

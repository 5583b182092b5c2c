package dev.armature.maven.spi;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a hook did.
 *
 * @param success whether it did its job; a failure fails the build unless {@code failOnHookError} is false
 * @param message for the person: what was done, or why it failed (the plugin prefixes the hook's name)
 * @param artifacts values handed to the hooks that run after it, e.g. {@code admin.username}; keys are
 *     namespaced by convention ({@code area.key}) and a later hook may not replace an earlier one's key
 * @param shown whether the message is shown in the build log ({@code INFO}), or only with {@code -X};
 *     failures are always shown
 * @param warning whether a successful result is logged as a {@code WARNING}, which {@code mvn -q} still
 *     shows: for what the person must know even in a quiet build (e.g. "the API will be open"); implies shown
 */
public record HookResult(boolean success, String message, Map<String, String> artifacts, boolean shown, boolean warning) {

  public HookResult {
    Objects.requireNonNull(message, "message");
    artifacts = java.util.Collections.unmodifiableMap(new TreeMap<>(artifacts));
    shown = shown || warning;
  }

  /** A result without the warning level, as before it existed (the SPI's first shape). */
  public HookResult(boolean success, String message, Map<String, String> artifacts, boolean shown) {
    this(success, message, artifacts, shown, false);
  }

  /** Success, message shown in the build log. */
  public static HookResult shown(String message) {
    return new HookResult(true, message, Map.of(), true);
  }

  /** Success, message only in the debug log. */
  public static HookResult quiet(String message) {
    return new HookResult(true, message, Map.of(), false);
  }

  /** Success, but the message is a {@code WARNING} in the build log: shown even with {@code mvn -q}. */
  public static HookResult warning(String message) {
    return new HookResult(true, message, Map.of(), true, true);
  }

  /** Failure with its reason, e.g. "Spring Web is not a dependency; add ...". */
  public static HookResult failed(String reason) {
    return new HookResult(false, reason, Map.of(), true);
  }

  /** The same result, also handing on this artifact. */
  public HookResult withArtifact(String key, String value) {
    Map<String, String> more = new TreeMap<>(artifacts);
    more.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new HookResult(success, message, more, shown, warning);
  }
}

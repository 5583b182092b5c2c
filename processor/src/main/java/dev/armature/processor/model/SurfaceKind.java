package dev.armature.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sides of a resource's API; each is a set of fields. */
public enum SurfaceKind {
  /** POST bodies. */
  CREATE("create"),
  /** PUT and PATCH bodies. */
  UPDATE("update"),
  /** Single-item responses. */
  READ("read"),
  /** Items of list responses; defaults to {@link #READ}. */
  LIST("list");

  private final String surfaceName;

  SurfaceKind(String surfaceName) {
    this.surfaceName = surfaceName;
  }

  /** The name used in {@code @Surface(name = ...)}. */
  public String surfaceName() {
    return surfaceName;
  }

  /** Whether the surface is for requests rather than responses. */
  public boolean isRequest() {
    return this == CREATE || this == UPDATE;
  }

  public static Optional<SurfaceKind> named(String name) {
    return Arrays.stream(values()).filter(k -> k.surfaceName.equals(name)).findFirst();
  }

  /** The accepted names, for diagnostics. */
  public static List<String> names() {
    return Arrays.stream(values()).map(SurfaceKind::surfaceName).toList();
  }
}

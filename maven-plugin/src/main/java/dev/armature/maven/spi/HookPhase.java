package dev.armature.maven.spi;

/** When a {@link Hook} runs. */
public enum HookPhase {
  /** In {@code armature:generate} ({@code generate-sources}), after the IR is built and before the generators. */
  PRE_BUILD,
  /** In {@code armature:provision} ({@code package}), after the project is built. */
  POST_BUILD
}

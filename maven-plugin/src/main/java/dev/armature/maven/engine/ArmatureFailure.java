package dev.armature.maven.engine;

/** A run that cannot go on; the message says what to fix (the mojo shows it as the build failure). */
public final class ArmatureFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public ArmatureFailure(String message) {
    super(message);
  }

  public ArmatureFailure(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.armature.maven.ir;

/** The IR could not be built; the message lists what to fix (file, line, diagnostic). */
public final class IrException extends Exception {
  private static final long serialVersionUID = 1L;

  public IrException(String message) {
    super(message);
  }

  public IrException(String message, Throwable cause) {
    super(message, cause);
  }
}

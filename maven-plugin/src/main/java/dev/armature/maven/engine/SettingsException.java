package dev.armature.maven.engine;

/**
 * A plugin parameter with a wrong value. The message names the XML element to fix and the values it
 * accepts, e.g. {@code <profile> is 'huge'; accepted values: startup, enterprise, hyperscale}.
 */
public final class SettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}

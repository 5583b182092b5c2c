package dev.armature.processor.model;

/**
 * Package names of the project's Jackson, which generated code refers to.
 *
 * <p>The processor shades its own Jackson to {@code dev.armature.processor.shaded.jackson}, and the shade
 * plugin rewrites every string constant that starts with {@code com.fasterxml.jackson}, not just class
 * references. These names must survive that, so they are joined at run time and never appear whole in
 * the constant pool. Use them for every Jackson name that generated code or class-path checks need.
 */
public final class JacksonNames {
  /** {@code com.fasterxml.jackson}: Jackson 2, and Jackson 3's annotations. */
  public static final String FASTERXML = String.join(".", "com", "fasterxml", "jackson");
  /** {@code com.fasterxml.jackson.annotation}, the annotations of Jackson 2 and 3 alike. */
  public static final String ANNOTATION = FASTERXML + ".annotation";
  /** {@code com.fasterxml.jackson.databind}, Jackson 2 (Spring Boot 3). */
  public static final String DATABIND_2 = FASTERXML + ".databind";
  /** {@code tools.jackson.databind}, Jackson 3 (Spring Boot 4). */
  public static final String DATABIND_3 = String.join(".", "tools", "jackson", "databind");

  private JacksonNames() {}
}

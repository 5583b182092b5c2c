package dev.armature.processor.model;

/**
 * What the project's compile class path offers, read by type name. The emitters produce code for exactly
 * this: Jackson 3 ({@code tools.jackson}, Spring Boot 4) or Jackson 2 ({@code com.fasterxml.jackson},
 * Spring Boot 3), and a security configuration only when Spring Security is there.
 *
 * @param jacksonMajor 2 or 3
 * @param springSecurity whether {@code org.springframework.security.config.annotation.web.builders.HttpSecurity} is present
 */
public record Classpath(int jacksonMajor, boolean springSecurity) {
  public Classpath {
    if (jacksonMajor != 2 && jacksonMajor != 3) {
      throw new IllegalArgumentException("jacksonMajor must be 2 or 3, was " + jacksonMajor);
    }
  }

  /** The package of {@code ObjectMapper}/{@code JsonNode} for this Jackson version. */
  public String jacksonDatabindPackage() {
    return jacksonMajor == 3 ? JacksonNames.DATABIND_3 : JacksonNames.DATABIND_2;
  }
}

package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * The Spring Boot side of the generated security: the two classes are auto-configurations, ordered by the
 * names of Boot's own, given as strings for Spring Boot 3.5 and 4.x at once (Boot 4 moved its security
 * auto-configurations from {@code spring-boot-autoconfigure} to {@code spring-boot-security}; a name the
 * class path lacks is ignored by Boot's sorter). The only Boot types the generated code uses are
 * {@code @AutoConfiguration} and {@code @ConditionalOnMissingBean}, in {@code spring-boot-autoconfigure}
 * under the same package in both lines.
 */
public final class SecurityAutoConfigurations {
  /** Where Boot reads the auto-configurations of a jar or class folder (Boot 2.7+). */
  public static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  static final ClassName AUTO_CONFIGURATION = ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
  static final ClassName CONDITIONAL_ON_MISSING_BEAN =
      ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean");

  /** Those that register Boot's default {@code SecurityFilterChain} (plain, and actuator's). */
  static final List<String> BOOT_WEB_SECURITY = List.of(
      "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration");

  /** Boot's own user with a generated password, which it logs: the admin account comes first, so Boot backs off. */
  static final List<String> BOOT_USER_DETAILS = List.of(
      "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration");

  /**
   * Boot's OAuth2 resource server and client and its SAML2 relying party, 3.5 and 4.x names: their beans
   * ({@code JwtDecoder}, {@code ClientRegistrationRepository}, ...) must exist when the admin account's
   * condition runs.
   */
  static final List<String> BOOT_OAUTH2 = List.of(
      "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.saml2.Saml2RelyingPartyAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
      "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
      "org.springframework.boot.security.saml2.autoconfigure.Saml2RelyingPartyAutoConfiguration");

  private SecurityAutoConfigurations() {}

  /** {@code @AutoConfiguration("com.example.api.Self")}: named like every generated bean. */
  static AnnotationSpec.Builder autoConfiguration(ClassName self) {
    return AnnotationSpec.builder(AUTO_CONFIGURATION).addMember("value", "$S", self.canonicalName());
  }

  /** {@code {"a", "b"}}. */
  static CodeBlock names(List<String> names) {
    return names.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", ", "{", "}"));
  }

  /** The content of {@link #IMPORTS} for the generated package, one qualified class name a line. */
  public static String imports(String generatedPackage) {
    return generatedPackage + "." + GeneratedNames.ADMIN_ACCOUNT_CONFIGURATION + "\n"
        + generatedPackage + "." + GeneratedNames.SECURITY_CONFIGURATION + "\n";
  }
}

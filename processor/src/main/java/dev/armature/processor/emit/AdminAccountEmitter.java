package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * {@code ArmatureAdminAccountConfiguration}, with Spring Security: the provisioned admin account and the
 * password encoder that checks it fast. An auto-configuration ordered before Boot's
 * {@code UserDetailsServiceAutoConfiguration} (so Boot never makes its own user with a logged password),
 * which backs off when the project has a {@code UserDetailsService} (JDBC users, say), an authentication
 * manager or provider, or OAuth2 (a JWT decoder, a client registration): {@code @ConditionalOnMissingBean}
 * is reliable only in an auto-configuration, which Boot processes after every project configuration.
 *
 * <p>No password is ever logged: without {@code armature.admin.password} the app does not start, unless
 * {@code armature.admin.dev-password=true}, which makes a random one and logs it, marked as dev mode.
 *
 * <p>Fast checks (issue 9: every HTTP Basic request ran BCrypt, 16 PATCH/s): a password of {@value
 * #MACHINE_MADE_LENGTH} characters or more is taken as machine-made (the plugin's have 32 letters and
 * digits, about 190 bits) and kept as its SHA-256 digest, compared in constant time: against 128 random
 * bits a slow hash buys nothing. A shorter one is a person's and keeps BCrypt. The digest exists only in
 * the app's memory, beside the plain password it was made from (environment or {@code .admin_credentials}).
 */
final class AdminAccountEmitter {
  /** 22 of the plugin's 62 letters and digits carry 131 bits; 22 base64url characters 132. */
  static final int MACHINE_MADE_LENGTH = 22;
  /** Written by the Maven plugin's {@code admin-credentials} hook, relative to the working directory. */
  static final String ADMIN_CREDENTIALS_FILE = ".admin_credentials";
  static final String DEV_PASSWORD_PROPERTY = "armature.admin.dev-password";
  static final String MISSING_PASSWORD = "The admin account of the generated API has no password: set the property"
      + " armature.admin.password or the environment variable ARMATURE_ADMIN_PASSWORD (mvn package writes one into"
      + " " + ADMIN_CREDENTIALS_FILE + ", read when the app starts in the project folder). In development only,"
      + " " + DEV_PASSWORD_PROPERTY + "=true makes a random one for this run.";

  private static final String SECURITY = "org.springframework.security";
  private static final ClassName USER = ClassName.get(SECURITY + ".core.userdetails", "User");
  private static final ClassName USER_DETAILS_SERVICE = ClassName.get(SECURITY + ".core.userdetails", "UserDetailsService");
  private static final ClassName USER_MANAGER = ClassName.get(SECURITY + ".provisioning", "InMemoryUserDetailsManager");
  private static final ClassName ENCODERS = ClassName.get(SECURITY + ".crypto.factory", "PasswordEncoderFactories");
  private static final ClassName ENCODER = ClassName.get(SECURITY + ".crypto.password", "PasswordEncoder");
  private static final ClassName AUTHENTICATION_MANAGER = ClassName.get(SECURITY + ".authentication", "AuthenticationManager");
  private static final ClassName AUTHENTICATION_PROVIDER = ClassName.get(SECURITY + ".authentication", "AuthenticationProvider");
  private static final ClassName MANAGER_RESOLVER = ClassName.get(SECURITY + ".authentication", "AuthenticationManagerResolver");
  /** Beans of OAuth2 and SAML that mean "users come from elsewhere", named as Boot's own user back-off names them. */
  private static final java.util.List<String> ALTERNATIVE_USERS = java.util.List.of(
      SECURITY + ".oauth2.jwt.JwtDecoder",
      SECURITY + ".oauth2.server.resource.introspection.OpaqueTokenIntrospector",
      SECURITY + ".oauth2.client.registration.ClientRegistrationRepository",
      SECURITY + ".saml2.provider.service.registration.RelyingPartyRegistrationRepository");
  private static final ClassName OBJECT_PROVIDER = ClassName.get("org.springframework.beans.factory", "ObjectProvider");
  private static final ClassName PROPERTY_SOURCE = ClassName.get("org.springframework.context.annotation", "PropertySource");
  private static final ClassName MESSAGE_DIGEST = ClassName.get("java.security", "MessageDigest");
  private static final ClassName SECURE_RANDOM = ClassName.get("java.security", "SecureRandom");
  private static final ClassName HEX = ClassName.get("java.util", "HexFormat");
  private static final ClassName BASE64 = ClassName.get("java.util", "Base64");
  private static final ClassName UTF_8 = ClassName.get("java.nio.charset", "StandardCharsets");

  private final Names names;

  AdminAccountEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.adminAccountConfiguration();
    ClassName encoder = self.nestedClass("AdminPasswordEncoder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The admin account of the generated API ({@code armature.admin.username} / {@code armature.admin.password},\n"
            + "also read from the {@code $L} file {@code mvn package} writes), unless the project brings its own\n"
            + "users. Without a password the app does not start; no password is ever logged, but in dev mode\n"
            + "({@code $L=true}).\n", ADMIN_CREDENTIALS_FILE, DEV_PASSWORD_PROPERTY)
        .addAnnotation(SecurityAutoConfigurations.autoConfiguration(self)
            .addMember("beforeName", "$L", SecurityAutoConfigurations.names(SecurityAutoConfigurations.BOOT_USER_DETAILS))
            .addMember("afterName", "$L", SecurityAutoConfigurations.names(SecurityAutoConfigurations.BOOT_OAUTH2))
            .build())
        .addAnnotation(AnnotationSpec.builder(SecurityAutoConfigurations.CONDITIONAL_ON_MISSING_BEAN)
            .addMember("value", "{$T.class, $T.class, $T.class, $T.class}",
                USER_DETAILS_SERVICE, AUTHENTICATION_MANAGER, AUTHENTICATION_PROVIDER, MANAGER_RESOLVER)
            .addMember("type", "$L", SecurityAutoConfigurations.names(ALTERNATIVE_USERS))
            .build())
        // the account armature:provision wrote into the project folder; environment variables and
        // application properties win over it, and without the file nothing changes
        .addAnnotation(AnnotationSpec.builder(PROPERTY_SOURCE)
            .addMember("value", "$S", "file:" + ADMIN_CREDENTIALS_FILE)
            .addMember("ignoreResourceNotFound", "true").build())
        .addField(FieldSpec.builder(Libs.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.getLogger($T.class)", Libs.LOGGER_FACTORY, self).build())
        .addField(FieldSpec.builder(TypeName.INT, "MACHINE_MADE_LENGTH", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("A password this long is machine-made: kept as a SHA-256 digest, not BCrypt.\n")
            .initializer("$L", MACHINE_MADE_LENGTH).build())
        .addField(FieldSpec.builder(Libs.STRING, "MISSING_PASSWORD", Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", MISSING_PASSWORD).build())
        .addMethod(MethodSpec.methodBuilder("armaturePasswordEncoder")
            .addJavadoc("Spring Security's standard encoders, plus the admin's digest; the project's own encoder wins.\n")
            .addAnnotation(Libs.BEAN)
            .addAnnotation(AnnotationSpec.builder(SecurityAutoConfigurations.CONDITIONAL_ON_MISSING_BEAN)
                .addMember("value", "$T.class", ENCODER).build())
            .addModifiers(Modifier.PUBLIC)
            .returns(ENCODER)
            .addStatement("return new $T()", encoder)
            .build())
        .addMethod(users(model, encoder))
        .addType(AdminPasswordEncoderType.spec(encoder));
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private static MethodSpec users(DomainModel model, ClassName encoder) {
    TreeSet<String> roles = new TreeSet<>(model.allRoles());
    roles.add("ADMIN");
    CodeBlock roleArgs = roles.stream().map(r -> CodeBlock.of("$S", r)).collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("armatureUserDetailsService")
        .addJavadoc("The admin account, holding {@code ADMIN} and every role a resource names.\n")
        .addAnnotation(Libs.BEAN)
        .addModifiers(Modifier.PUBLIC)
        .returns(USER_MANAGER)
        .addParameter(value(Libs.STRING, "username", "${armature.admin.username:admin}"))
        .addParameter(value(Libs.STRING, "password", "${armature.admin.password:}"))
        .addParameter(value(TypeName.BOOLEAN, "devPassword", "${" + DEV_PASSWORD_PROPERTY + ":false}"))
        .addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, ENCODER), "encoders")
        .addStatement("String secret = password")
        .beginControlFlow("if (secret == null || secret.isBlank())")
        .beginControlFlow("if (!devPassword)")
        .addComment("a start without a password would leave an account nobody knows, or one only the log knows")
        .addStatement("throw new $T(MISSING_PASSWORD)", IllegalStateException.class)
        .endControlFlow()
        .addStatement("byte[] bytes = new byte[18]")
        .addStatement("new $T().nextBytes(bytes)", SECURE_RANDOM)
        .addStatement("secret = $T.getUrlEncoder().withoutPadding().encodeToString(bytes)", BASE64)
        .addStatement("LOG.warn($S, username, secret)", "DEV MODE (" + DEV_PASSWORD_PROPERTY + "=true, never in production):"
            + " user '{}' has the random password {} for this run only")
        .endControlFlow()
        .addStatement("$T encoder = encoders.getIfUnique()", ENCODER)
        .addComment("the project's own encoder (or Spring Security's default, when there are several) makes the stored form")
        .addStatement("String stored = encoder instanceof $T admin ? admin.store(secret)\n"
            + ": (encoder != null ? encoder : $T.createDelegatingPasswordEncoder()).encode(secret)", encoder, ENCODERS)
        .addStatement("return new $T($T.withUsername(username).password(stored).roles($L).build())",
            USER_MANAGER, USER, roleArgs)
        .build();
  }

  private static ParameterSpec value(TypeName type, String name, String expression) {
    return ParameterSpec.builder(type, name)
        .addAnnotation(AnnotationSpec.builder(Libs.VALUE).addMember("value", "$S", expression).build())
        .build();
  }

  /** The nested {@code AdminPasswordEncoder}. */
  private static final class AdminPasswordEncoderType {
    static TypeSpec spec(ClassName self) {
      return TypeSpec.classBuilder(self)
          .addJavadoc("{@code {sha256}<hex>} for the machine-made admin password, compared in constant time; every other\n"
              + "form goes to Spring Security's standard encoders, and new passwords are BCrypt. A digest is never\n"
              + "upgraded to BCrypt on login (Spring Security would otherwise re-encode it with the default).\n")
          .addModifiers(Modifier.STATIC, Modifier.FINAL)
          .addSuperinterface(ENCODER)
          .addField(FieldSpec.builder(Libs.STRING, "PREFIX", Modifier.STATIC, Modifier.FINAL).initializer("$S", "{sha256}").build())
          .addField(FieldSpec.builder(ENCODER, "standard", Modifier.PRIVATE, Modifier.FINAL)
              .initializer("$T.createDelegatingPasswordEncoder()", ENCODERS).build())
          .addMethod(MethodSpec.methodBuilder("store")
              .returns(Libs.STRING)
              .addParameter(Libs.STRING, "secret")
              .addStatement("return secret.length() >= MACHINE_MADE_LENGTH ? PREFIX + $T.of().formatHex(sha256(secret))"
                  + " : standard.encode(secret)", HEX)
              .build())
          .addMethod(MethodSpec.methodBuilder("encode")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(Libs.STRING)
              .addParameter(CharSequence.class, "rawPassword")
              .addStatement("return standard.encode(rawPassword)")
              .build())
          .addMethod(MethodSpec.methodBuilder("matches")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(TypeName.BOOLEAN)
              .addParameter(CharSequence.class, "rawPassword")
              .addParameter(Libs.STRING, "encodedPassword")
              .beginControlFlow("if (encodedPassword == null || !encodedPassword.startsWith(PREFIX))")
              .addStatement("return standard.matches(rawPassword, encodedPassword)")
              .endControlFlow()
              .beginControlFlow("if (rawPassword == null)")
              .addStatement("return false")
              .endControlFlow()
              .addStatement("byte[] expected")
              .beginControlFlow("try")
              .addStatement("expected = $T.of().parseHex(encodedPassword, PREFIX.length(), encodedPassword.length())", HEX)
              .nextControlFlow("catch ($T malformed)", IllegalArgumentException.class)
              .addStatement("return false")
              .endControlFlow()
              .addStatement("return $T.isEqual(expected, sha256(rawPassword))", MESSAGE_DIGEST)
              .build())
          .addMethod(MethodSpec.methodBuilder("upgradeEncoding")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(TypeName.BOOLEAN)
              .addParameter(Libs.STRING, "encodedPassword")
              .addStatement("return encodedPassword != null && !encodedPassword.startsWith(PREFIX)"
                  + " && standard.upgradeEncoding(encodedPassword)")
              .build())
          .addMethod(MethodSpec.methodBuilder("sha256")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(byte[].class)
              .addParameter(CharSequence.class, "value")
              .beginControlFlow("try")
              .addStatement("return $T.getInstance($S).digest(value.toString().getBytes($T.UTF_8))", MESSAGE_DIGEST, "SHA-256", UTF_8)
              .nextControlFlow("catch ($T e)", java.security.NoSuchAlgorithmException.class)
              .addStatement("throw new $T($S, e)", IllegalStateException.class, "every JVM has SHA-256")
              .endControlFlow()
              .build())
          .build();
    }
  }
}

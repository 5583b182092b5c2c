package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * {@code ArmatureSecurityConfiguration}, only when Spring Security is on the class path: HTTP Basic for
 * {@code /api/**}, roles per resource, 401/403 as problem+json written by hand (so it needs no Jackson),
 * and the provisioned admin account.
 */
final class SecurityConfigurationEmitter {
  private static final String SECURITY = "org.springframework.security";
  private static final ClassName HTTP_SECURITY = ClassName.get(SECURITY + ".config.annotation.web.builders", "HttpSecurity");
  private static final ClassName ENABLE_WEB_SECURITY = ClassName.get(SECURITY + ".config.annotation.web.configuration", "EnableWebSecurity");
  private static final ClassName PATH_PATTERN_MATCHER =
      ClassName.get("org.springframework.security.web.servlet.util.matcher", "PathPatternRequestMatcher");
  /** {@code AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry}. */
  private static final TypeName REGISTRY = com.palantir.javapoet.ParameterizedTypeName.get(
          ClassName.get(SECURITY + ".config.annotation.web.configurers", "AuthorizeHttpRequestsConfigurer"), HTTP_SECURITY)
      .nestedClass("AuthorizationManagerRequestMatcherRegistry");
  private static final ClassName FILTER_CHAIN = ClassName.get(SECURITY + ".web", "SecurityFilterChain");
  private static final ClassName SESSION_POLICY = ClassName.get(SECURITY + ".config.http", "SessionCreationPolicy");
  private static final ClassName AUTHENTICATION_EXCEPTION = ClassName.get(SECURITY + ".core", "AuthenticationException");
  private static final ClassName ACCESS_DENIED = ClassName.get(SECURITY + ".access", "AccessDeniedException");
  private static final ClassName USER = ClassName.get(SECURITY + ".core.userdetails", "User");
  private static final ClassName USER_MANAGER = ClassName.get(SECURITY + ".provisioning", "InMemoryUserDetailsManager");
  private static final ClassName ENCODERS = ClassName.get(SECURITY + ".crypto.factory", "PasswordEncoderFactories");
  private static final ClassName ENCODER = ClassName.get(SECURITY + ".crypto.password", "PasswordEncoder");
  private static final ClassName SECURE_RANDOM = ClassName.get("java.security", "SecureRandom");
  private static final ClassName BASE64 = ClassName.get("java.util", "Base64");
  private static final ClassName PROPERTY_SOURCE = ClassName.get("org.springframework.context.annotation", "PropertySource");
  /** Written by the Maven plugin's {@code admin-credentials} hook, relative to the working directory. */
  static final String ADMIN_CREDENTIALS_FILE = ".admin_credentials";

  private final Names names;

  SecurityConfigurationEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.securityConfiguration();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("HTTP Basic for {@code /api/**} with the roles each resource names, and the provisioned admin account\n"
            + "(properties {@code armature.admin.username} / {@code armature.admin.password}, also read from the\n"
            + "{@code .admin_credentials} file {@code mvn package} writes, when the app starts in the project folder).\n")
        .addAnnotation(GeneratedFiles.bean(Libs.CONFIGURATION, self).addMember("proxyBeanMethods", "false").build())
        .addAnnotation(ENABLE_WEB_SECURITY)
        // the account armature:provision wrote into the project folder; environment variables and
        // application properties win over it, and without the file nothing changes
        .addAnnotation(AnnotationSpec.builder(PROPERTY_SOURCE)
            .addMember("value", "$S", "file:" + ADMIN_CREDENTIALS_FILE)
            .addMember("ignoreResourceNotFound", "true").build())
        .addField(FieldSpec.builder(Libs.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.getLogger($T.class)", Libs.LOGGER_FACTORY, self).build())
        .addMethod(filterChain(model, self))
        .addMethods(model.entities().stream().map(SecurityConfigurationEmitter::authorizeMethod).toList())
        .addMethod(authorizeOpenApi(model))
        .addMethod(users(model))
        .addMethod(handlerMethod("unauthorized", AUTHENTICATION_EXCEPTION, 401, "Unauthorized",
            "Authentication is required: use HTTP Basic with an account of this application"))
        .addMethod(handlerMethod("forbidden", ACCESS_DENIED, 403, "Forbidden",
            "The account lacks a role this request needs"))
        .addMethod(pathMatcher())
        .addMethod(writeProblem())
        .addMethod(jsonString());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  /**
   * Explicit path-pattern matchers: the same API in Spring Security 6.5 and 7, and unlike
   * {@code requestMatchers(String...)} on 6.5 they work when the app has a second servlet (the H2 console).
   */
  private static MethodSpec pathMatcher() {
    return MethodSpec.methodBuilder("path")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(PATH_PATTERN_MATCHER)
        .addParameter(Libs.HTTP_METHOD, "method")
        .addParameter(Libs.STRING, "pattern")
        .addStatement("return $T.withDefaults().matcher(method, pattern)", PATH_PATTERN_MATCHER)
        .build();
  }

  /**
   * The rules of each resource live in a method of their own, called from the lambda: one method with
   * every rule of a large domain would pass the JVM's 64 KiB limit on a method's code.
   */
  private MethodSpec filterChain(DomainModel model, ClassName self) {
    CodeBlock.Builder calls = CodeBlock.builder();
    for (EntityModel entity : model.entities()) {
      calls.addStatement("$L(requests)", authorizeMethodName(entity));
    }
    calls.addStatement("authorizeOpenApi(requests)");
    return MethodSpec.methodBuilder("armatureSecurityFilterChain")
        .addAnnotation(Libs.BEAN)
        .addModifiers(Modifier.PUBLIC)
        .returns(FILTER_CHAIN)
        .addParameter(HTTP_SECURITY, "http")
        .addException(Exception.class)
        .addCode("http.securityMatcher($T.withDefaults().matcher($S))\n", PATH_PATTERN_MATCHER, "/api/**")
        .addCode("    .csrf(csrf -> csrf.disable())\n")
        .addCode("    .sessionManagement(session -> session.sessionCreationPolicy($T.STATELESS))\n", SESSION_POLICY)
        .addCode("    .httpBasic(basic -> basic.realmName($S).authenticationEntryPoint($T::unauthorized))\n", "armature", self)
        .addCode("    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint($T::unauthorized)"
            + ".accessDeniedHandler($T::forbidden))\n", self, self)
        .addCode("    .authorizeHttpRequests(requests -> {\n")
        .addCode("$>$>$L", calls.build())
        .addStatement("requests.anyRequest().authenticated()")
        .addCode("$<$<    });\n")
        .addStatement("return http.build()")
        .build();
  }

  private static String authorizeMethodName(EntityModel entity) {
    return "authorize" + entity.simpleName();
  }

  private static MethodSpec authorizeMethod(EntityModel entity) {
    CodeBlock.Builder rules = CodeBlock.builder();
    addRules(rules, entity);
    return MethodSpec.methodBuilder(authorizeMethodName(entity))
        .addJavadoc("Who may use {@code /api/$L}.\n", entity.path())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(REGISTRY, "requests")
        .addCode(rules.build())
        .build();
  }

  private static void addRules(CodeBlock.Builder rules, EntityModel entity) {
    String collection = "/api/" + entity.path();
    String item = collection + "/*";
    List<String> readPaths = new ArrayList<>();
    if (entity.has(Operation.LIST)) {
      readPaths.add(collection);
    }
    if (entity.has(Operation.READ)) {
      readPaths.add(item);
    }
    if (!readPaths.isEmpty()) {
      addRule(rules, "GET", readPaths, entity.security().readRoles());
    }
    if (entity.has(Operation.CREATE)) {
      addRule(rules, "POST", List.of(collection), entity.security().writeRoles());
    }
    if (entity.has(Operation.UPDATE)) {
      addRule(rules, "PUT", List.of(item), entity.security().writeRoles());
    }
    if (entity.has(Operation.PATCH)) {
      addRule(rules, "PATCH", List.of(item), entity.security().writeRoles());
    }
    if (entity.has(Operation.DELETE)) {
      addRule(rules, "DELETE", List.of(item), entity.security().writeRoles());
    }
  }

  private static void addRule(CodeBlock.Builder rules, String method, List<String> paths, List<String> roles) {
    CodeBlock pathArgs = paths.stream().map(p -> CodeBlock.of("path($T.$L, $S)", Libs.HTTP_METHOD, method, p))
        .collect(CodeBlock.joining(", "));
    CodeBlock access = roles.isEmpty()
        ? CodeBlock.of("permitAll()")
        : CodeBlock.of("hasAnyRole($L)", roles.stream().map(r -> CodeBlock.of("$S", r)).collect(CodeBlock.joining(", ")));
    rules.addStatement("requests.requestMatchers($L).$L", pathArgs, access);
  }

  /**
   * {@code GET /api/openapi.yaml} and {@code .json} (the generated {@code ArmatureOpenApiController}) are
   * readable like the lists: public when any resource's reads are, else with any of their read roles
   * ({@code DocumentAccess}, which the document itself states too). Self-contained on purpose.
   */
  private static MethodSpec authorizeOpenApi(DomainModel model) {
    ClassName matcher = ClassName.get("org.springframework.security.web.servlet.util.matcher", "PathPatternRequestMatcher");
    CodeBlock paths = dev.armature.processor.openapi.DocumentAccess.PATHS.stream()
        .map(p -> CodeBlock.of("$T.withDefaults().matcher($T.GET, $S)", matcher, Libs.HTTP_METHOD, p))
        .collect(CodeBlock.joining(", "));
    List<String> roles = dev.armature.processor.openapi.DocumentAccess.roles(model);
    CodeBlock access = roles.isEmpty() ? CodeBlock.of("permitAll()")
        : CodeBlock.of("hasAnyRole($L)", roles.stream().map(r -> CodeBlock.of("$S", r)).collect(CodeBlock.joining(", ")));
    return MethodSpec.methodBuilder("authorizeOpenApi")
        .addJavadoc("Who may read the OpenAPI description: whoever may read the lists.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(REGISTRY, "requests")
        .addStatement("requests.requestMatchers($L).$L", paths, access)
        .build();
  }

  private MethodSpec users(DomainModel model) {
    TreeSet<String> roles = new TreeSet<>(model.allRoles());
    roles.add("ADMIN");
    CodeBlock roleArgs = roles.stream().map(r -> CodeBlock.of("$S", r)).collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("armatureUserDetailsService")
        .addJavadoc("The admin account, holding {@code ADMIN} and every role a resource names. Without a configured password\n"
            + "it gets a random one for this run only, logged once.\n")
        .addAnnotation(Libs.BEAN)
        .addModifiers(Modifier.PUBLIC)
        .returns(USER_MANAGER)
        .addParameter(ParameterSpec.builder(Libs.STRING, "username")
            .addAnnotation(AnnotationSpec.builder(Libs.VALUE).addMember("value", "$S", "${armature.admin.username:admin}").build())
            .build())
        .addParameter(ParameterSpec.builder(Libs.STRING, "password")
            .addAnnotation(AnnotationSpec.builder(Libs.VALUE).addMember("value", "$S", "${armature.admin.password:}").build())
            .build())
        .addStatement("String secret = password")
        .beginControlFlow("if (secret == null || secret.isBlank())")
        .addStatement("byte[] bytes = new byte[18]")
        .addStatement("new $T().nextBytes(bytes)", SECURE_RANDOM)
        .addStatement("secret = $T.getUrlEncoder().withoutPadding().encodeToString(bytes)", BASE64)
        .addStatement("LOG.warn($S, username, secret)",
            "armature.admin.password (ARMATURE_ADMIN_PASSWORD) is not set; user '{}' has the password {} for this run only")
        .endControlFlow()
        .addStatement("$T encoder = $T.createDelegatingPasswordEncoder()", ENCODER, ENCODERS)
        .addStatement("return new $T($T.withUsername(username).password(encoder.encode(secret)).roles($L).build())",
            USER_MANAGER, USER, roleArgs)
        .build();
  }

  private static MethodSpec handlerMethod(String name, ClassName exception, int status, String title, String detail) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addParameter(Libs.SERVLET_RESPONSE, "response")
        .addParameter(exception, "exception")
        .addException(java.io.IOException.class);
    if (status == 401) {
      method.addStatement("response.setHeader($S, $S)", "WWW-Authenticate", "Basic realm=\"armature\"");
    }
    return method.addStatement("writeProblem(request, response, $L, $S, $S)", status, title, detail).build();
  }

  private static MethodSpec writeProblem() {
    return MethodSpec.methodBuilder("writeProblem")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addParameter(Libs.SERVLET_RESPONSE, "response")
        .addParameter(TypeName.INT, "status")
        .addParameter(Libs.STRING, "title")
        .addParameter(Libs.STRING, "detail")
        .addException(java.io.IOException.class)
        .addStatement("response.setStatus(status)")
        .addStatement("response.setCharacterEncoding($S)", "UTF-8")
        .addStatement("response.setContentType($S)", "application/problem+json")
        .addStatement("response.getWriter().write($S + jsonString(title) + $S + status + $S + jsonString(detail)"
            + " + $S + jsonString(request.getRequestURI()) + $S)",
            "{\"type\":\"about:blank\",\"title\":", ",\"status\":", ",\"detail\":", ",\"instance\":", "}")
        .build();
  }

  private static MethodSpec jsonString() {
    return MethodSpec.methodBuilder("jsonString")
        .addJavadoc("A JSON string literal (RFC 8259 section 7).\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(Libs.STRING, "value")
        .addStatement("$T out = new $T(\"\\\"\")", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for (char c : value.toCharArray())")
        .beginControlFlow("if (c == '\"' || c == '\\\\')")
        .addStatement("out.append('\\\\').append(c)")
        .nextControlFlow("else if (c < 0x20)")
        .addStatement("out.append($T.format($S, (int) c))", String.class, "\\u%04x")
        .nextControlFlow("else")
        .addStatement("out.append(c)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return out.append('\"').toString()")
        .build();
  }
}

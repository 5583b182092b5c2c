package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code ArmatureSecurityConfiguration}, only when Spring Security is on the class path: HTTP Basic for
 * {@code /api/**}, roles per resource, 401/403 as problem+json written by hand (so it needs no Jackson).
 * The admin account is {@link AdminAccountEmitter}'s.
 *
 * <p>A Spring Boot auto-configuration (listed in {@code AutoConfiguration.imports} by {@link
 * SecurityAutoConfigurations}), ordered after Boot's servlet security auto-configurations: Boot's default
 * chain (every request authenticated, form login and HTTP Basic; actuator's variant with health open) is
 * registered only when no {@code SecurityFilterChain} exists when it is processed. A component-scanned
 * chain of ours would exist then and switch Boot's off, leaving every path outside {@code /api} open
 * (issue 9: {@code /actuator/env} answered anyone). After Boot's, ours adds the {@code /api/**} chain and
 * the rest keeps Boot's, or the project's own chain when it declares one.
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
  private static final ClassName ORDER = ClassName.get("org.springframework.core.annotation", "Order");
  private static final ClassName REQUEST_PATH_FILTER = ClassName.get("org.springframework.web.filter", "ServletRequestPathFilter");
  private static final ClassName DISABLE_ENCODE_URL_FILTER = ClassName.get(SECURITY + ".web.session", "DisableEncodeUrlFilter");
  private static final ClassName ORDERED = ClassName.get("org.springframework.core", "Ordered");

  private final Names names;

  SecurityConfigurationEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.securityConfiguration();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("HTTP Basic for {@code /api/**} with the roles each resource names. A Spring Boot auto-configuration,\n"
            + "after Boot's own security: every other path keeps Boot's default protection (every request\n"
            + "authenticated), or the project's own {@code SecurityFilterChain}.\n")
        .addAnnotation(SecurityAutoConfigurations.autoConfiguration(self)
            .addMember("afterName", "$L", SecurityAutoConfigurations.names(SecurityAutoConfigurations.BOOT_WEB_SECURITY))
            .build())
        .addAnnotation(ENABLE_WEB_SECURITY)
        .addField(FieldSpec.builder(TypeName.INT, "API_CHAIN_ORDER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Before Boot's default chain ({@code LOWEST_PRECEDENCE - 5}) and a project's chain without\n"
                + "{@code @Order}: a catch-all chain of the project's never swallows {@code /api/**}. A project chain\n"
                + "with its own {@code securityMatcher} on {@code /api/**} and a lower order takes the API over.\n")
            .initializer("$T.LOWEST_PRECEDENCE - 100", ORDERED).build())
        .addMethod(filterChain(model, self))
        .addMethods(model.entities().stream().map(SecurityConfigurationEmitter::authorizeMethod).toList())
        .addMethod(authorizeOpenApi(model))
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
        .addAnnotation(AnnotationSpec.builder(ORDER).addMember("value", "API_CHAIN_ORDER").build())
        .addModifiers(Modifier.PUBLIC)
        .returns(FILTER_CHAIN)
        .addParameter(HTTP_SECURITY, "http")
        .addException(Exception.class)
        .addCode("http.securityMatcher($T.withDefaults().matcher($S))\n", PATH_PATTERN_MATCHER, "/api/**")
        .addComment("the request path parsed once for the chain, not once per matcher (each PathPatternRequestMatcher")
        .addComment("parses it again when nobody has cached it: a public read otherwise pays for every rule before it)")
        .addCode("    .addFilterBefore(new $T(), $T.class)\n", REQUEST_PATH_FILTER, DISABLE_ENCODE_URL_FILTER)
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

package com.example.library.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.annotation.processing.Generated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * HTTP Basic for {@code /api/**} with the roles each resource names, and the provisioned admin account
 * (properties {@code armature.admin.username} / {@code armature.admin.password}, also read from the
 * {@code .admin_credentials} file {@code mvn package} writes, when the app starts in the project folder).
 */
@Configuration(
        value = "com.example.library.api.ArmatureSecurityConfiguration",
        proxyBeanMethods = false
)
@EnableWebSecurity
@PropertySource(
        value = "file:.admin_credentials",
        ignoreResourceNotFound = true
)
@Generated("dev.armature.processor.ArmatureProcessor")
public class ArmatureSecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ArmatureSecurityConfiguration.class);

    @Bean
    public SecurityFilterChain armatureSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(basic -> basic.realmName("armature").authenticationEntryPoint(ArmatureSecurityConfiguration::unauthorized))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(ArmatureSecurityConfiguration::unauthorized).accessDeniedHandler(ArmatureSecurityConfiguration::forbidden))
            .authorizeHttpRequests(requests -> {
                authorizeAuthor(requests);
                authorizeBook(requests);
                authorizePublisher(requests);
                authorizeOpenApi(requests);
                requests.anyRequest().authenticated();
            });
        return http.build();
    }

    /**
     * Who may use {@code /api/authors}.
     */
    private static void authorizeAuthor(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(path(HttpMethod.GET, "/api/authors"), path(HttpMethod.GET, "/api/authors/*")).permitAll();
        requests.requestMatchers(path(HttpMethod.POST, "/api/authors")).hasAnyRole("ADMIN");
        requests.requestMatchers(path(HttpMethod.PUT, "/api/authors/*")).hasAnyRole("ADMIN");
        requests.requestMatchers(path(HttpMethod.PATCH, "/api/authors/*")).hasAnyRole("ADMIN");
        requests.requestMatchers(path(HttpMethod.DELETE, "/api/authors/*")).hasAnyRole("ADMIN");
    }

    /**
     * Who may use {@code /api/books}.
     */
    private static void authorizeBook(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(path(HttpMethod.GET, "/api/books"), path(HttpMethod.GET, "/api/books/*")).permitAll();
        requests.requestMatchers(path(HttpMethod.POST, "/api/books")).hasAnyRole("ADMIN", "EDITOR");
        requests.requestMatchers(path(HttpMethod.PUT, "/api/books/*")).hasAnyRole("ADMIN", "EDITOR");
        requests.requestMatchers(path(HttpMethod.PATCH, "/api/books/*")).hasAnyRole("ADMIN", "EDITOR");
        requests.requestMatchers(path(HttpMethod.DELETE, "/api/books/*")).hasAnyRole("ADMIN", "EDITOR");
    }

    /**
     * Who may use {@code /api/publishers}.
     */
    private static void authorizePublisher(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(path(HttpMethod.GET, "/api/publishers"), path(HttpMethod.GET, "/api/publishers/*")).hasAnyRole("READER");
        requests.requestMatchers(path(HttpMethod.POST, "/api/publishers")).hasAnyRole("EDITOR");
        requests.requestMatchers(path(HttpMethod.DELETE, "/api/publishers/*")).hasAnyRole("EDITOR");
    }

    /**
     * Who may read the OpenAPI description: whoever may read the lists.
     */
    private static void authorizeOpenApi(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/openapi.yaml"), PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/openapi.json")).permitAll();
    }

    /**
     * The admin account, holding {@code ADMIN} and every role a resource names. Without a configured password
     * it gets a random one for this run only, logged once.
     */
    @Bean
    public InMemoryUserDetailsManager armatureUserDetailsService(
            @Value("${armature.admin.username:admin}") String username,
            @Value("${armature.admin.password:}") String password) {
        String secret = password;
        if (secret == null || secret.isBlank()) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LOG.warn("armature.admin.password (ARMATURE_ADMIN_PASSWORD) is not set; user '{}' has the password {} for this run only", username, secret);
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(User.withUsername(username).password(encoder.encode(secret)).roles("ADMIN", "EDITOR", "READER").build());
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"armature\"");
        writeProblem(request, response, 401, "Unauthorized", "Authentication is required: use HTTP Basic with an account of this application");
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        writeProblem(request, response, 403, "Forbidden", "The account lacks a role this request needs");
    }

    private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response,
            int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + jsonString(title) + ",\"status\":" + status + ",\"detail\":" + jsonString(detail) + ",\"instance\":" + jsonString(request.getRequestURI()) + "}");
    }

    /**
     * A JSON string literal (RFC 8259 section 7).
     */
    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

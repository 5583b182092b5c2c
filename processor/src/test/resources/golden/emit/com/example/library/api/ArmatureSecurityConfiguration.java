package com.example.library.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.annotation.processing.Generated;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.web.filter.ServletRequestPathFilter;

/**
 * HTTP Basic for {@code /api/**} with the roles each resource names. A Spring Boot auto-configuration,
 * after Boot's own security: every other path keeps Boot's default protection (every request
 * authenticated), or the project's own {@code SecurityFilterChain}.
 */
@AutoConfiguration(
        value = "com.example.library.api.ArmatureSecurityConfiguration",
        afterName = {"org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration", "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration", "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration", "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"}
)
@EnableWebSecurity
@Generated("dev.armature.processor.ArmatureProcessor")
public class ArmatureSecurityConfiguration {
    /**
     * Before Boot's default chain ({@code LOWEST_PRECEDENCE - 5}) and a project's chain without
     * {@code @Order}: a catch-all chain of the project's never swallows {@code /api/**}. A project chain
     * with its own {@code securityMatcher} on {@code /api/**} and a lower order takes the API over.
     */
    public static final int API_CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Order(API_CHAIN_ORDER)
    public SecurityFilterChain armatureSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
        // the request path parsed once for the chain, not once per matcher (each PathPatternRequestMatcher
        // parses it again when nobody has cached it: a public read otherwise pays for every rule before it)
            .addFilterBefore(new ServletRequestPathFilter(), DisableEncodeUrlFilter.class)
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

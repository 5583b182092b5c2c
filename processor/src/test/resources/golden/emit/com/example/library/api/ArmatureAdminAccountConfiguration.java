package com.example.library.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.annotation.processing.Generated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The admin account of the generated API ({@code armature.admin.username} / {@code armature.admin.password},
 * also read from the {@code .admin_credentials} file {@code mvn package} writes), unless the project brings its own
 * users. Without a password the app does not start; no password is ever logged, but in dev mode
 * ({@code armature.admin.dev-password=true}).
 */
@AutoConfiguration(
        value = "com.example.library.api.ArmatureAdminAccountConfiguration",
        beforeName = {"org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration", "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"},
        afterName = {"org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration", "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration", "org.springframework.boot.autoconfigure.security.saml2.Saml2RelyingPartyAutoConfiguration", "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration", "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration", "org.springframework.boot.security.saml2.autoconfigure.Saml2RelyingPartyAutoConfiguration"}
)
@ConditionalOnMissingBean(
        value = {UserDetailsService.class, AuthenticationManager.class, AuthenticationProvider.class, AuthenticationManagerResolver.class},
        type = {"org.springframework.security.oauth2.jwt.JwtDecoder", "org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector", "org.springframework.security.oauth2.client.registration.ClientRegistrationRepository", "org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrationRepository"}
)
@PropertySource(
        value = "file:.admin_credentials",
        ignoreResourceNotFound = true
)
@Generated("dev.armature.processor.ArmatureProcessor")
public class ArmatureAdminAccountConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ArmatureAdminAccountConfiguration.class);

    /**
     * A password this long is machine-made: kept as a SHA-256 digest, not BCrypt.
     */
    static final int MACHINE_MADE_LENGTH = 22;

    static final String MISSING_PASSWORD = "The admin account of the generated API has no password: set the property armature.admin.password or the environment variable ARMATURE_ADMIN_PASSWORD (mvn package writes one into .admin_credentials, read when the app starts in the project folder). In development only, armature.admin.dev-password=true makes a random one for this run.";

    /**
     * Spring Security's standard encoders, plus the admin's digest; the project's own encoder wins.
     */
    @Bean
    @ConditionalOnMissingBean(PasswordEncoder.class)
    public PasswordEncoder armaturePasswordEncoder() {
        return new AdminPasswordEncoder();
    }

    /**
     * The admin account, holding {@code ADMIN} and every role a resource names.
     */
    @Bean
    public InMemoryUserDetailsManager armatureUserDetailsService(
            @Value("${armature.admin.username:admin}") String username,
            @Value("${armature.admin.password:}") String password,
            @Value("${armature.admin.dev-password:false}") boolean devPassword,
            ObjectProvider<PasswordEncoder> encoders) {
        String secret = password;
        if (secret == null || secret.isBlank()) {
            if (!devPassword) {
                // a start without a password would leave an account nobody knows, or one only the log knows
                throw new IllegalStateException(MISSING_PASSWORD);
            }
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LOG.warn("DEV MODE (armature.admin.dev-password=true, never in production): user '{}' has the random password {} for this run only", username, secret);
        }
        PasswordEncoder encoder = encoders.getIfUnique();
        // the project's own encoder (or Spring Security's default, when there are several) makes the stored form
        String stored = encoder instanceof AdminPasswordEncoder admin ? admin.store(secret)
                : (encoder != null ? encoder : PasswordEncoderFactories.createDelegatingPasswordEncoder()).encode(secret);
        return new InMemoryUserDetailsManager(User.withUsername(username).password(stored).roles("ADMIN", "EDITOR", "READER").build());
    }

    /**
     * {@code {sha256}<hex>} for the machine-made admin password, compared in constant time; every other
     * form goes to Spring Security's standard encoders, and new passwords are BCrypt. A digest is never
     * upgraded to BCrypt on login (Spring Security would otherwise re-encode it with the default).
     */
    static final class AdminPasswordEncoder implements PasswordEncoder {
        static final String PREFIX = "{sha256}";

        private final PasswordEncoder standard = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        String store(String secret) {
            return secret.length() >= MACHINE_MADE_LENGTH ? PREFIX + HexFormat.of().formatHex(sha256(secret)) : standard.encode(secret);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return standard.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (encodedPassword == null || !encodedPassword.startsWith(PREFIX)) {
                return standard.matches(rawPassword, encodedPassword);
            }
            if (rawPassword == null) {
                return false;
            }
            byte[] expected;
            try {
                expected = HexFormat.of().parseHex(encodedPassword, PREFIX.length(), encodedPassword.length());
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            return MessageDigest.isEqual(expected, sha256(rawPassword));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encodedPassword != null && !encodedPassword.startsWith(PREFIX) && standard.upgradeEncoding(encodedPassword);
        }

        private static byte[] sha256(CharSequence value) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(value.toString().getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    }
}

package com.example.notes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The project's own users, as a team with a user table would declare a JdbcUserDetailsManager: Armature's
 * admin account must not be created beside them (and the app needs no armature.admin.password).
 */
@Configuration(proxyBeanMethods = false)
class Users {
  static final String EDITOR_PASSWORD = "editor-password";
  static final String READER_PASSWORD = "reader-password";

  @Bean
  UserDetailsService projectUsers() {
    return new InMemoryUserDetailsManager(
        User.withUsername("editor").password("{noop}" + EDITOR_PASSWORD).roles("EDITOR", "READER").build(),
        User.withUsername("reader").password("{noop}" + READER_PASSWORD).roles("READER").build());
  }
}

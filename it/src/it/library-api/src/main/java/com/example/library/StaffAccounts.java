package com.example.library;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * The library's own accounts beside Armature's admin: a clerk who may read the catalogue but holds
 * neither ADMIN nor MEMBER. Added to the account store Armature generates, when a password is configured.
 */
@Component
class StaffAccounts implements ApplicationRunner {

  private final InMemoryUserDetailsManager accounts;
  private final String clerkPassword;

  StaffAccounts(InMemoryUserDetailsManager accounts, @Value("${library.clerk.password:}") String clerkPassword) {
    this.accounts = accounts;
    this.clerkPassword = clerkPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!clerkPassword.isBlank() && !accounts.userExists("clerk")) {
      accounts.createUser(User.withUsername("clerk")
          .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(clerkPassword))
          .roles("CLERK")
          .build());
    }
  }
}

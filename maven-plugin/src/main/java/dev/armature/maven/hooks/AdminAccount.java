package dev.armature.maven.hooks;

import java.util.Objects;

/**
 * The provisioned admin account, as it goes into {@code .admin_credentials} and {@code .env}.
 *
 * @param username the user name
 * @param password the password; never printed ({@link #toString()} leaves it out)
 */
record AdminAccount(String username, String password) {
  /** The Spring property of the user name, read by the generated security configuration. */
  static final String USERNAME_PROPERTY = "armature.admin.username";
  /** The Spring property of the password. */
  static final String PASSWORD_PROPERTY = "armature.admin.password";

  AdminAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  /** Without the password: a record's default would print it into any log or assertion message. */
  @Override
  public String toString() {
    return "AdminAccount[username=" + username + ", password=(hidden)]";
  }
}

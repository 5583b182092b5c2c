package dev.armature.maven.writes;

import java.util.Objects;

/**
 * Who wrote a file: a generator or a hook, by its name. Only generators' files are ever removed as stale,
 * and only those of generators that ran, so the manifest must tell the two apart.
 *
 * @param role generator or hook
 * @param name the generator's or hook's {@code name()}
 */
record Origin(Role role, String name) {

  enum Role {
    GENERATOR("generator"),
    HOOK("hook");

    /** The manifest key that names this kind of writer. */
    final String jsonKey;

    Role(String jsonKey) {
      this.jsonKey = jsonKey;
    }
  }

  Origin {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a " + role.jsonKey + " needs a name");
    }
  }

  static Origin generator(String name) {
    return new Origin(Role.GENERATOR, name);
  }

  static Origin hook(String name) {
    return new Origin(Role.HOOK, name);
  }

  @Override
  public String toString() {
    return role.jsonKey + " '" + name + "'";
  }
}

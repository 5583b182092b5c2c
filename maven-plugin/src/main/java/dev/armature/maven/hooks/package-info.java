/**
 * The built-in hooks. Before the build ({@code armature:generate}): {@code environment-check} (Java,
 * Spring Boot and the libraries the generated code needs, each missing one with the {@code <dependency>} to
 * paste) and {@code writable-outputs} (the folders Armature writes into can be written). After it
 * ({@code armature:provision}), in this order: {@code admin-credentials} ({@code .admin_credentials}),
 * {@code env-file} ({@code .env}, with the same admin account), {@code gitignore} (both secrets and the
 * review copies never committed) and {@code banner} (the commands that start the app and call it).
 *
 * <p>They hand values on through {@link dev.armature.maven.hooks.ArtifactKeys}; secrets stay in memory and in
 * the two owner-only files, never in a message. Shared text formats live in small helpers here:
 * {@code PropertiesText}, {@code DotEnv}, {@code Passwords}.
 */
package dev.armature.maven.hooks;
